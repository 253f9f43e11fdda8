import { MessageBar, MessageBarBody, MessageBarTitle, useId } from '@fluentui/react-components';
import type { MessageBarProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

interface NoticeProps {
  intent: MessageBarProps['intent'];
  title?: string;
  layout?: MessageBarProps['layout'];
  /** MessageBarActions, when the notice offers something to do. */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * A MessageBar that always has an accessible name. Fluent's MessageBar is a group labelled by
 * its title's id even when there is no title, which leaves aria-labelledby pointing at nothing
 * (axe: aria-valid-attr-value); without a title the body's own text names it instead.
 */
export function Notice({ intent, title, layout, actions, children }: NoticeProps) {
  const bodyId = useId('notice-body');
  const naming = title ? {} : { 'aria-labelledby': bodyId };
  return (
    <MessageBar intent={intent} layout={layout} {...naming}>
      <MessageBarBody id={bodyId}>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {actions}
    </MessageBar>
  );
}
