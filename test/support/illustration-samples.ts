/** Varied concepts for the illustration tests and previews: occasions, tones and styles across seven languages. */
import { NO_ENTITIES, type Concept, type Occasion, type Tone } from '../../src/providers/contracts.js';

export function sampleConcept(occasion: Occasion, motifs: string[], palette: string[], visualStyle = 'flat, warm', tone: Tone = 'warm'): Concept {
  return {
    theme: `${occasion} card`,
    occasion,
    language: 'en',
    emotional_tone: tone,
    visual_style: visualStyle,
    palette,
    motifs,
    copy_direction: 'short and warm',
    audience: 'a friend',
    tone,
    entities: NO_ENTITIES,
    language_fallback: null,
  };
}

export interface Sample {
  readonly name: string;
  readonly prompt: string;
  readonly concept: Concept;
}

export const SAMPLES: readonly Sample[] = [
  { name: 'mid-autumn', prompt: '中秋节快乐！想念远方的家人', concept: sampleConcept('mid_autumn', ['mooncake', 'moon', 'rabbit', 'lantern'], ['#1d2b53', '#f4c95d', '#e07a5f', '#f7f1e3'], '温暖 插画', 'warm') },
  { name: 'birthday-playful', prompt: 'Happy 30th birthday, Sarah! balloons and cake', concept: sampleConcept('birthday', ['cake', 'balloon', 'gift', 'confetti', 'star'], ['#fff4e6', '#ff6b6b', '#4ecdc4', '#2d3047'], 'bright flat', 'playful') },
  { name: 'sympathy', prompt: 'With deepest sympathy to the family', concept: sampleConcept('sympathy', ['lily', 'candle', 'dove', 'balloon', 'firework'], ['#f2efe9', '#8d99ae', '#6b705c', '#2b2d42'], 'soft, quiet', 'somber') },
  { name: 'christmas-watercolor', prompt: 'Merry Christmas in watercolor', concept: sampleConcept('christmas', ['pine', 'snowflake', 'bell', 'wreath', 'gift'], ['#fdf6ec', '#c0392b', '#2e7d32', '#3e2723'], 'soft watercolor', 'joyful') },
  { name: 'dragon-boat-ink', prompt: '端午安康，水墨风', concept: sampleConcept('dragon_boat', ['dragon-boat', 'zongzi', 'bamboo', 'willow'], ['#f5f0e6', '#3a7d44', '#b23a48', '#222222'], '水墨 国画', 'warm') },
  { name: 'spring-papercut', prompt: '新年快乐 剪纸风格', concept: sampleConcept('spring_festival', ['lantern', 'plum-blossom', 'firework', 'pagoda'], ['#fff1e0', '#d62828', '#f4a261', '#3d0c02'], '剪纸', 'joyful') },
  { name: 'graduation-retro', prompt: 'Congrats on graduating! retro poster vibe', concept: sampleConcept('graduation', ['mortarboard', 'book', 'star', 'tree'], ['#fef3c7', '#1e3a8a', '#f59e0b', '#111827'], 'retro print', 'joyful') },
  { name: 'wedding-line', prompt: 'Félicitations pour votre mariage, dessin au trait', concept: sampleConcept('wedding', ['rings', 'dove', 'rose', 'bell'], ['#fffaf3', '#c9a227', '#e8a0bf', '#3b2f2f'], 'dessin au trait élégant', 'romantic') },
  { name: 'halloween', prompt: 'Happy Halloween! pumpkins and bats', concept: sampleConcept('halloween', ['pumpkin', 'bat', 'moon', 'cat'], ['#2b193d', '#f77f00', '#fcbf49', '#eae2b7'], 'spooky flat', 'playful') },
  { name: 'diwali', prompt: 'Happy Diwali to you and yours', concept: sampleConcept('diwali', ['diya-lamp', 'lantern', 'flower', 'firework'], ['#3c1642', '#ff9f1c', '#ffbf69', '#fff3e0'], 'rich, glowing', 'joyful') },
  { name: 'eid-watercolor', prompt: 'Eid Mubarak, acuarela', concept: sampleConcept('eid', ['crescent-star', 'lantern', 'house'], ['#0b3d5c', '#e9c46a', '#2a9d8f', '#f1faee'], 'acuarela suave', 'warm') },
  { name: 'mothers-day-ja', prompt: '母の日 カーネーション ありがとう 水彩', concept: sampleConcept('mothers_day', ['carnation', 'tulip', 'envelope', 'sun'], ['#fff0f3', '#e5989b', '#b5838d', '#6d6875'], '水彩', 'warm') },
  { name: 'chuseok-ko', prompt: '추석 잘 보내세요 송편 보름달', concept: sampleConcept('chuseok', ['songpyeon', 'moon', 'maple-leaf', 'chrysanthemum'], ['#fdf0d5', '#c1121f', '#669bbc', '#003049'], '따뜻한', 'warm') },
  { name: 'travel-sea', prompt: 'Greetings from Lisbon! sea and sun', concept: sampleConcept('travel', ['wave', 'sun', 'plane', 'suitcase', 'camera'], ['#fefae0', '#219ebc', '#fb8500', '#023047'], 'sunny flat', 'joyful') },
  { name: 'thanksgiving', prompt: 'Happy Thanksgiving from our family', concept: sampleConcept('thanksgiving', ['turkey', 'pumpkin', 'maple-leaf', 'apple'], ['#fff8f0', '#bc6c25', '#dda15e', '#283618'], 'cozy', 'warm') },
  { name: 'hanukkah-de', prompt: 'Frohes Chanukka! Menora und Kerzen', concept: sampleConcept('hanukkah', ['menorah', 'star', 'candle'], ['#f0f4ff', '#1d4ed8', '#93c5fd', '#0f172a'], 'Retro Plakat', 'joyful') },
];
