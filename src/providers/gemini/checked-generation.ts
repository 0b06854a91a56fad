import type { Content, GenerateContentConfig, GoogleGenAI } from '@google/genai';
import type { StepContext } from '../contracts.js';
import type { CallParams } from '../generation-params.js';
import { ProviderError } from '../provider-error.js';
import type { Checked } from '../shared/checked.js';
import { askWithOneRepair, feedbackMessage, type Rejection } from '../shared/one-repair.js';
import { answerText, blockReason, geminiCall, geminiTokens, wasTruncated } from './client.js';
import { GEMINI } from './errors.js';
import { geminiGenerationConfig, type GeminiSampling } from './generation-config.js';

export interface GeminiModelSettings {
  readonly client: GoogleGenAI;
  readonly model: string;
  readonly timeoutMs: number;
}

/** One text-producing task: the prompt, the generation settings and how to check the answer. */
export interface CheckedTask<T> {
  readonly what: string;
  readonly prompt: string;
  /** Everything but the model-dependent parameters (system instruction, response schema…). */
  readonly config: GenerateContentConfig;
  /** This provider's own settings, used when the pipeline passes none (ctx.params). */
  readonly defaults: CallParams;
  readonly sampling: GeminiSampling;
  readonly repairInstruction: string;
  readonly check: (text: string) => Checked<T>;
}

/** The repair turn keeps the rejected answer as the model's own turn, then says what was wrong. */
function conversation(prompt: string, rejection: Rejection | undefined, repairInstruction: string): Content[] {
  const contents: Content[] = [{ role: 'user', parts: [{ text: prompt }] }];
  if (rejection !== undefined) {
    contents.push(
      { role: 'model', parts: [{ text: rejection.reply }] },
      { role: 'user', parts: [{ text: feedbackMessage(rejection.problems, repairInstruction) }] },
    );
  }
  return contents;
}

/**
 * Generates text with Gemini and checks it, repairing once (see askWithOneRepair).
 * Each request records its usage as soon as it is answered, so a repair that
 * later fails is still accounted for.
 */
export function generateChecked<T>(settings: GeminiModelSettings, ctx: StepContext, task: CheckedTask<T>): Promise<T> {
  const { client, timeoutMs } = settings;
  const params = ctx.params?.(GEMINI) ?? task.defaults;
  const model = params.model ?? settings.model;
  return askWithOneRepair({
    provider: GEMINI,
    what: task.what,
    check: task.check,
    ...(ctx.recordCheck === undefined ? {} : { onOutcome: ctx.recordCheck }),
    ask: async (retake) => {
      const contents = conversation(task.prompt, retake?.rejection, task.repairInstruction);
      const { config, sent } = geminiGenerationConfig(model, params, task.sampling, retake?.expandBudget === true);
      ctx.recordParams?.(sent);
      const response = await geminiCall(model, timeoutMs, ctx, (signal) =>
        client.models.generateContent({
          model,
          contents,
          // Automatic continuation would send further billable requests behind our back.
          config: { ...task.config, ...config, abortSignal: signal, automaticContinuation: false },
        }),
      );
      ctx.recordUsage?.({ provider: GEMINI, model, ...geminiTokens(response), images: 0 });
      const blocked = blockReason(response);
      if (blocked !== undefined) throw new ProviderError(GEMINI, 'safety', `gemini refused the ${task.what}: ${blocked}`);
      return { text: answerText(response), truncated: wasTruncated(response) };
    },
  });
}
