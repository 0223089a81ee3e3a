import { findQuotes } from '../src/core/quotes';
console.log(findQuotes([
  '“That’s perfect,” Boudreau said.',
  'Barely a week ago, Parise, 35, had scored just once. Wild defenseman Ryan Suter, who joked about Parise’s sticks, could see the frustration on his friend’s face.',
  '“He’s used to scoring goals, getting points,” he said.',
]).map((q) => `${q.speaker} | ${q.text}`));
