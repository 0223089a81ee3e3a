/** The User Timing mark the popup sets once its first answer (a story or a failure) is on screen:
 *  local to the popup (nothing is sent anywhere), for `npm run bench`'s browser section and for
 *  anyone profiling the popup in the browser's developer tools. */
export const ANSWER_SHOWN_MARK = 'lede:answer-shown';
