// Chinese and Japanese text, which has no spaces between words: sentence splitting around quotes,
// word counts, the summary and the story gate.
import { describe, it, expect } from 'vitest';
import { isStory } from '../../src/core/gate';
import { splitSentences, wordCount } from '../../src/core/sentences';
import { contentTokens, summarize } from '../../src/core/summary';

const STORY = [
  '记者从杭州市住房和城乡建设局获悉，从本月起，老旧小区加装电梯将试行联办。居民只需在街道便民服务中心提交一次材料，整个审批时间由原来的平均60个工作日缩短到30个工作日以内。',
  '杭州从2019年开始推进既有住宅加装电梯，目前已累计完工约4200台。不过，不少居民反映，前后要跑七八个部门，一部电梯从提出到开工往往要等上一年多。',
  '“过去一个单元的居民要派专人请假跑审批，很多老人根本跑不动。”市住建局负责人沈国平说，“联办以后，居民在家等通知就可以。”',
  '按照试点方案，联办窗口还将提供设计方案和施工单位的参考名录，并对管线迁移费用给予每台最高五万元的补助。',
  '加装电梯最大的难点仍然是邻里协商。低楼层住户担心采光、噪音和房价受影响，往往是反对的主要一方。',
  '市住建局表示，试点将持续到明年六月，届时将根据运行情况决定是否在全市推广。',
];

describe('splitSentences: Chinese quotes', () => {
  it('an opening mark after 。 starts the next sentence, and “…。”她说。 stays one sentence', () => {
    expect(splitSentences('孙阿姨等了四年才等来电梯。“一楼的邻居一开始不同意，后来才签了字。”她说。', 'zh')).toEqual([
      '孙阿姨等了四年才等来电梯。',
      '“一楼的邻居一开始不同意，后来才签了字。”她说。',
    ]);
  });
  it('a sentence after a quote that is not an attribution stays apart', () => {
    expect(splitSentences('“我们会按时完工。”工程将在六月开始并持续到年底。', 'zh')).toEqual(['“我们会按时完工。”', '工程将在六月开始并持续到年底。']);
  });
});

describe('wordCount', () => {
  it('counts CJK characters as two thirds of a word, other text by spaces', () => {
    expect(wordCount('The vote passed on Tuesday.')).toBe(5);
    expect(wordCount('加装电梯将试行联办')).toBe(6);
    expect(wordCount('杭州从2019年开始')).toBeCloseTo(6 / 1.5 + 1);
  });
});

describe('summarize: Chinese', () => {
  it('picks 3 story sentences, lede first', () => {
    const summary = summarize(STORY, { title: '杭州老旧小区加装电梯试行联办', lang: 'zh' });
    expect(summary.length).toBeGreaterThanOrEqual(3);
    expect(summary[0]).toBe('记者从杭州市住房和城乡建设局获悉，从本月起，老旧小区加装电梯将试行联办。');
    const all = STORY.flatMap((p) => splitSentences(p, 'zh'));
    expect(summary.every((s) => all.includes(s))).toBe(true);
  });
  it('weighs Chinese by character pairs, so sentences about the same thing match', () => {
    expect(contentTokens('加装电梯')).toEqual(['加装', '装电', '电梯']);
    expect(contentTokens('Tesla的电梯')).toEqual(['tesla', '的电', '电梯']);
  });
});

describe('isStory: Chinese', () => {
  it('accepts a story told in short paragraphs (28–79 characters)', () => {
    const paras = [
      '成都市公园城市建设管理局27日公布，今年将在三环路沿线新建12座口袋公园，总面积约4.6万平方米，预计年底前全部建成开放。',
      '这些公园大多利用高架桥下的闲置空地和拆除违建后腾出的边角地块建设，面积从两千平方米到八千平方米不等。',
      '据介绍，选址前工作人员走访了沿线43个社区，收集了三千多条居民意见。呼声最高的是增加公共厕所和夜间照明。',
      '高架桥下的公园也引发了一些担忧。有居民担心桥下噪音大、空气差，不适合老人和孩子长时间停留。',
      '市公园城市建设管理局表示，首批4座口袋公园将于7月开工。',
    ];
    expect(paras.every((p) => p.length < 80)).toBe(true);
    expect(isStory(paras)).toBe(true);
  });
  it('refuses a home page of short headline links', () => {
    const headlines = [
      '成都地铁30号线二期开通试运营', '锦江绿道新增夜间灯光段', '五一假期成都接待游客超千万人次', '成都今年首个高温预警发布',
      '天府国际机场新开三条国际航线', '宽窄巷子周边将实行单向交通', '春熙路商圈改造工程进入收尾阶段', '成都大运会场馆全面向市民开放',
      '四川省发布今年高考报名人数', '成都公交新开通五条社区巡游线路', '天府新区再添两所公办小学', '成都东站改扩建工程启动',
    ];
    expect(isStory(headlines)).toBe(false);
  });
  it('refuses a page of one-line notices, even when they end with 。', () => {
    expect(isStory(['今日天气晴。', '本站已更新。', '欢迎投稿。', '联系我们。', '版权所有。'])).toBe(false);
  });
});
