// Places used before, offered as suggestions to every place field (a <datalist>).
import { usePlaces } from './sessionsQueries';

export const PLACES_LIST_ID = 'session-places';

export function PlacesList() {
  const places = usePlaces();
  return (
    <datalist id={PLACES_LIST_ID}>
      {(places.data ?? []).map((place) => (
        <option key={place} value={place} />
      ))}
    </datalist>
  );
}
