/** A stretch of bytes: `bytes[start, end)`. */
export type Segment = readonly [bytes: Buffer, start: number, end: number];

/**
 * Bytes put together from stretches of other bytes and short texts, allocated once and each stretch
 * copied once: a large answer spliced from stored JSON is never decoded into strings, nor copied twice.
 */
export class Splice {
  private readonly parts: Segment[] = [];
  private length = 0;

  text(value: string): this {
    const bytes = Buffer.from(value);
    return this.add([bytes, 0, bytes.length]);
  }

  add(...segments: readonly Segment[]): this {
    for (const segment of segments) {
      this.parts.push(segment);
      this.length += segment[2] - segment[1];
    }
    return this;
  }

  toBuffer(): Buffer {
    const joined = Buffer.allocUnsafe(this.length);
    let at = 0;
    for (const [bytes, start, end] of this.parts) at += bytes.copy(joined, at, start, end);
    // A segment past its bytes' end (stored offsets that disagree with the stored text) must fail, not send
    // whatever the unfilled memory held.
    if (at !== this.length) throw new Error(`Spliced ${at} bytes of ${this.length}: a segment lies outside its bytes`);
    return joined;
  }
}

/** The whole of these bytes, as a segment. */
export const whole = (bytes: Buffer): Segment => [bytes, 0, bytes.length];
