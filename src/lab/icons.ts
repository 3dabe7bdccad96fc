/** The panel's icon: a checklist under a magnifier, drawn with JupyterLab's icon colour classes so themes recolour it. */
import { LabIcon } from '@jupyterlab/ui-components';

const AUDIT_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">
  <g class="jp-icon3" fill="#616161">
    <path d="M4 3h11a1 1 0 0 1 1 1v6.2a6 6 0 0 0-2 .6V5H5v14h6.3a6 6 0 0 0 .9 2H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z"/>
    <path d="M6.3 8.2l1 1 2-2 .8.8-2.8 2.8-1.8-1.8zM6.3 12.7l1 1 2-2 .8.8-2.8 2.8-1.8-1.8zM11 8h2v1.5h-2zM11 12.5h1.3v1.5H11z"/>
    <path d="M17 12a4 4 0 0 1 3.3 6.3l2.4 2.4-1.4 1.4-2.4-2.4A4 4 0 1 1 17 12zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4z"/>
  </g>
</svg>`;

export const auditIcon = new LabIcon({ name: 'jupyterlab-repro-audit:audit', svgstr: AUDIT_SVG });
