import type { CopyContext } from '../copy-types.js';
import { ageLabel, aged, isLongevity, milestone, named, ni, onlyIf, t, toCouple, weddingYears, type OccasionTable } from './lines.js';

type Milestone = 'birthday' | 'wedding' | 'anniversary' | 'new_baby' | 'graduation' | 'new_job' | 'retirement';

/** An elder's decade birthday is wished 恭祝…大寿; other ages 30岁生日快乐. */
function birthdayTitle(age: number, name: string | null): string {
  if (isLongevity(age)) return `恭祝${name ?? ''}${ageLabel(age)}`;
  return name === null ? `${age}岁生日快乐` : `${name}，${age}岁生日快乐`;
}

const elder = (age: number): boolean => age >= 60;
const child = (age: number): boolean => age < 14;

/** A card to one's partner on their own anniversary, not to a couple (爸妈结婚三十周年). */
const toPartner = (c: CopyContext): boolean => !toCouple(c);

/** Birthdays, weddings, babies, degrees, jobs and retirement. */
export const MILESTONES: OccasionTable<Milestone> = {
  birthday: {
    titles: [
      named((name, c) => (c.age === null || c.age <= 0 || c.age > 120 ? `${name}，生日快乐` : birthdayTitle(c.age, name))),
      aged((age) => birthdayTitle(age, null)),
      t('{addr}，生日快乐'),
      '生日快乐',
      '又是闪闪发光的一岁',
      '岁岁常欢愉，年年皆胜意',
    ],
    subtitles: [
      t('愿{你}被这个世界温柔以待'),
      '今天的蛋糕，要多吃一块',
      t('新的一岁，愿{你}所愿皆所得'),
      aged((age) => milestone(age) ?? (elder(age) ? '福如东海，寿比南山' : null)),
    ],
    bodies: [
      ['又长大了一岁，', t('愿{你}眼里始终有光，心中有爱，脚下有路，'), '所有的期待都能如约而至。'],
      [t('谢谢{你}来到这个世界，'), '让平凡的日子多了许多欢笑。', t('新的一岁，愿{你}健康、自在，想做的事都能一一实现。')],
      ['吹灭蜡烛之前，记得许一个大大的愿望。', '愿所求皆如愿，所行皆坦途，', '每一天都有值得期待的小事。'],
      [
        aged((age) => (elder(age) ? `${ageLabel(age)}，是岁月给的勋章，` : child(age) ? `${age}岁啦，又长高了一点点，` : `${milestone(age) ?? `${age}岁，正是好年纪`}。`)),
        aged((age, c) => (elder(age) ? `愿${ni(c)}福如东海，寿比南山，` : child(age) ? '愿你每天都有好玩的事、好吃的糖，' : `愿${ni(c)}在新的一岁里勇敢、自在，`)),
        aged((age) => (elder(age) ? '身体硬朗，儿孙绕膝，笑口常开。' : child(age) ? '健健康康、快快乐乐地长大。' : '爱想爱的人，去想去的地方。')),
      ],
      [t('生日这天，别忘了留点时间给{你}最爱的{interest}，'), '吃好吃的蛋糕，见想见的人，', t('愿{你}的新一岁热爱不减，步履不停。')],
      [t('在{place}给{你}寄一张生日卡片，'), '愿这份祝福跨过山海，准时抵达。'],
    ],
  },
  wedding: {
    titles: [t('{name}，新婚快乐'), '新婚快乐', '百年好合，永结同心', '执子之手，与子偕老'],
    subtitles: ['愿有岁月可回首，且以深情共白头', '天作之合，佳偶天成', '从此三餐四季，有人同行'],
    bodies: [
      ['今天，两颗心终于走到了一起。', t('愿{你们}往后的日子里相知相守，'), '把平凡的每一天都过成诗。'],
      ['执子之手，与子偕老。', t('祝{你们}新婚快乐，百年好合，'), '白头偕老，幸福美满。'],
      ['从今以后，一屋两人，三餐四季，', '回家有灯，身边有人。', t('愿{你们}的爱情，永远像今天一样闪闪发光。')],
      [t('从{place}寄来最真诚的祝福，'), t('虽然不能亲自到场，心早已飞到{你们}身边。'), t('祝{你们}甜甜蜜蜜，白头偕老。')],
    ],
  },
  anniversary: {
    titles: [
      t('{name}，纪念日快乐'),
      aged((years) => {
        const name = weddingYears(years);
        return name === null ? `${years}周年纪念日快乐` : `${name}之喜，${years}周年快乐`;
      }),
      '纪念日快乐',
      '爱意如初，岁岁年年',
    ],
    subtitles: ['爱情最好的样子，是陪伴', '一生一世，一双人', aged((years) => `${years}年风雨同舟，情深如初`)],
    bodies: [
      ['时间会走，爱会留下。', '愿岁岁年年，爱意如初，', '牵着的手，一直不放开。'],
      ['一起看过的风景，一起走过的路，', '都是时光留下的礼物。', '愿往后的日子，依旧温柔相伴。'],
      [aged((years) => `${years}年，风雨同舟，`), aged((years) => (years >= 20 ? '从青丝到白发，爱意始终如初，' : '日子平平淡淡，爱意始终如初，')), aged(() => '这就是最好的爱情。')],
      onlyIf(toPartner, ['从初见到如今，', '我们一起走过了许多平凡又珍贵的日子。', '谢谢你，一直都在。']),
      onlyIf(toCouple, [t('谢谢{你们}让我们相信爱情最好的样子，'), t('愿{你们}携手同行，'), '岁岁年年，恩爱如初。']),
    ],
  },
  new_baby: {
    titles: [t('恭喜{name}喜添宝贝'), '欢迎来到这个世界，小宝贝', '新生命，新希望'],
    subtitles: ['小小的宝贝，是全家大大的幸福', '愿宝贝平安健康，快乐长大'],
    bodies: [
      [t('恭喜{你们}迎来了家里最小的成员，'), '一个小小的生命，带来满满的幸福。', '愿宝贝健康平安，快乐长大。'],
      ['小手小脚，软软糯糯，', '从今天起，家里多了一个小太阳。', t('辛苦{你们}了，也要好好休息。')],
      ['欢迎来到这个世界，小宝贝。', '愿这个小小的人儿被爱包围，', '平平安安、健健康康地长大。'],
    ],
  },
  graduation: {
    titles: [t('{name}，毕业快乐'), t('{year}届，毕业快乐'), '毕业快乐', '前程似锦', '乘风破浪，未来可期'],
    subtitles: [t('愿{你}出走半生，归来仍是少年'), '青春不散场，未来正当时', '学成之日，前程万里'],
    bodies: [
      ['几年的努力，终于在今天开花结果。', t('愿{你}带着这份勇气和热爱，'), '奔赴下一段更广阔的山海。'],
      ['毕业不是终点，而是新的起点。', t('愿{你}在未来的路上，保持好奇，保持善良，'), '去成为自己想成为的人。'],
      ['告别校园，并不是告别青春。', '那些一起熬过的夜、一起追过的梦，', '都会成为往后最好的底气。'],
      [t('从{place}出发，'), t('愿{你}走过的每一步都算数，'), '前方的路，一定会越走越宽。'],
      [t('希望{你}永远不要放下对{interest}的热爱，'), t('它会在很多时刻给{你}力量。')],
    ],
  },
  new_job: {
    titles: [t('{name}，恭喜入职'), '新工作，新起点', '恭喜开启新征程', '前程似锦，步步高升'],
    subtitles: [t('愿{你}在新的岗位上大展身手'), '新的起点，新的精彩'],
    bodies: [
      [t('恭喜{你}开启职业生涯的新篇章，'), '新的环境、新的伙伴、新的挑战，', t('相信以{你}的能力，一定能大展宏图。')],
      ['换一个舞台，继续发光。', t('愿{你}遇到靠谱的同事、赏识{你}的领导，'), '工作顺心，步步高升。'],
      [t('听说{你}要去{place}工作了，'), '新的城市一定会带来很多惊喜，', t('照顾好自己，常联系。')],
    ],
  },
  retirement: {
    titles: [t('{name}，退休快乐'), '退休快乐', '光荣退休，幸福启航', '人生下半场，从此更精彩'],
    subtitles: [t('感谢{你}多年的辛勤付出'), '从此不用早起，日子慢慢过', '桑榆非晚，为霞尚满天'],
    bodies: [
      [t('感谢{你}这么多年的兢兢业业，'), t('{你}留下的经验和温暖，我们会一直记得。'), t('愿{你}退休生活悠闲自在，身体健康。')],
      ['从此不用定闹钟，', '可以种花、喝茶，去想去的地方旅行，', t('愿{你}把日子过成自己喜欢的样子。')],
      [t('终于有大把时间留给{interest}了，'), t('愿{你}的退休生活丰富多彩，'), '每一天都过得有滋有味。'],
    ],
  },
};
