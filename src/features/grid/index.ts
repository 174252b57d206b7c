import './components/grid.css';

export { useProxyStore } from './stores/proxy-store';
export { validateProxy, normalizeUnit } from './stores/proxy-validate';
export { ProxyFormView } from './components/proxy-form';
export { ProxyResult } from './components/proxy-result';
