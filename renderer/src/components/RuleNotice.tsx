// In place of an action hidden or refused for a rule: which rule, in one line, and a link to what lifts it.
// The rule itself is decided by the backend (the reason comes with the data); this only says it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '../app/navigation';
import type { RouteId } from '../app/routes';

interface Props {
  children: ReactNode;
  /** The section where the rule can be lifted (signing the charter, the roster…). */
  to?: RouteId | undefined;
}

export function RuleNotice({ children, to }: Props) {
  const { t } = useTranslation('ui');
  const navigate = useNavigate();
  return (
    <p className="rule-notice">
      {children}
      {to ? (
        <>
          {' '}
          <a
            href={`#${to}`}
            onClick={(event) => {
              event.preventDefault();
              navigate(to);
            }}
          >
            {t(`nav.${to}`)}
            <span aria-hidden="true"> →</span>
          </a>
        </>
      ) : null}
    </p>
  );
}
