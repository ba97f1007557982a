// Chart.js with only the parts the dashboard draws, so the bundle stays small.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily || "sans-serif";
Chart.defaults.color = "#5f6b72";
Chart.defaults.animation = false;

export { Chart };
export const COLORS = ["#135e66", "#8fb9bd", "#d5dfe0", "#f5b43c"];
