import './base.css';
import './sideBySide.css';
import './verify.css';
import './fix.css';
import './ablation.css';
