/** An address or size as a lower-case hexadecimal literal (0x1010): how the heap and pymalloc views print addresses. */
export const hex = (n: number): string => '0x' + n.toString(16);
