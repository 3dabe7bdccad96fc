import './base.css';
import './sideBySide.css';
