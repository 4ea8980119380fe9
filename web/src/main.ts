import './styles/app.css';
import './styles/panels.css';
import './styles/timeline.css';
import './styles/reader.css';
import { startApp } from './app/app.js';

const root = document.getElementById('app');
if (root) startApp(root);
