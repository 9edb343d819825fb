// Lets a screen send the user to another section (e.g. "Charte →" under an action that needs a signature).
import { createContext, useContext } from 'react';
import type { RouteId } from './routes';

export const NavigateContext = createContext<(route: RouteId) => void>(() => undefined);

export const useNavigate = () => useContext(NavigateContext);
