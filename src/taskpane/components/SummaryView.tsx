import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RunReport } from '../../session/report';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(64px, 1fr))', gap: tokens.spacingHorizontalS },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  green: { backgroundColor: '#C6EFCE', color: '#006100' },
  amber: { backgroundColor: '#FFEB9C', color: '#7A4500' },
  red: { backgroundColor: '#FFC7CE', color: '#9C0006' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function Tile({ label, value, className }: { label: string; value: number; className?: string }) {
  const styles = useStyles();
  return (
    <div className={`${styles.tile} ${className ?? ''}`} role="group" aria-label={`${label}: ${value}`}>
      <span className={styles.number} aria-hidden="true">
        {value}
      </span>
      <Text size={200} aria-hidden="true">
        {label}
      </Text>
    </div>
  );
}

/** The counts a manager asks for first, then what changed RAG since last month. */
export function SummaryView({ report }: { report: RunReport }) {
  const styles = useStyles();
  const t = report.total;
  if (!t) return null;
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{report.heading}</h2>
      <div className={styles.grid} role="group" aria-label="RAG ratings">
        <Tile label="Green" value={t.G} className={styles.green} />
        <Tile label="Amber" value={t.A} className={styles.amber} />
        <Tile label="Red" value={t.R} className={styles.red} />
        {t.none - t.noData > 0 && <Tile label="No RAG" value={t.none - t.noData} />}
        {t.noData > 0 && <Tile label="No data" value={t.noData} />}
      </div>
      <h3>Against last month</h3>
      <div className={styles.grid} role="group" aria-label="Direction of travel">
        <Tile label="↑ Improved" value={t.improved} />
        <Tile label="→ Same" value={t.same} />
        <Tile label="↓ Worse" value={t.worse} />
      </div>
      <h3>Changed RAG since last month</h3>
      {report.ragChanges.length === 0 ? (
        <Text>No indicator changed RAG.</Text>
      ) : (
        <ul className={styles.list}>
          {report.ragChanges.map((c) => (
            <li key={c.id}>
              <Text>
                {c.id} {c.name}: {c.from} → {c.to}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
