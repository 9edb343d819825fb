// One card of the home page: a titled section with a link to the section it summarises.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteId } from '../../app/routes';

interface Props {
  id: string;
  title: string;
  route: RouteId;
  onNavigate(route: RouteId): void;
  /** 'warning' when the card asks for action. */
  tone?: 'normal' | 'warning';
  children: ReactNode;
}

export function HomeCard({ id, title, route, onNavigate, tone = 'normal', children }: Props) {
  const { t } = useTranslation();
  const headingId = `home-card-${id}`;
  return (
    <section className={`card home-card${tone === 'warning' ? ' home-card-warning' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
      <p className="home-card-link">
        <a
          href={`#${route}`}
          onClick={(event) => {
            event.preventDefault();
            onNavigate(route);
          }}
        >
          {t('home.open', { section: t(`nav.${route}`) })}
        </a>
      </p>
    </section>
  );
}
