/**
 * A growable Int32Array: the text model keeps one entry per character, so
 * boxed JavaScript arrays would cost several times the memory and time.
 */

/** Appends integers into a typed array that doubles as needed. */
export class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  /** Makes room for `count` more values; returns the array to write into. */
  reserve(count: number): Int32Array {
    if (this.length + count > this.data.length) {
      const bigger = new Int32Array(Math.max(this.data.length * 2, this.length + count));
      bigger.set(this.data);
      this.data = bigger;
    }
    return this.data;
  }
  push(value: number) {
    this.reserve(1)[this.length++] = value;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
