/* MD5 as specified in RFC 1321, written for Lango's hotspot login (CHAP:
   the router wants hex(MD5(chap-id + password + chap-challenge))).
   Input: a string of 8-bit characters (codes above 255 are cut to their low
   byte; lango.js turns the password into UTF-8 first). Output: 32 lower-case
   hex digits. JavaScript's bitwise operators work on 32-bit integers, which
   is what MD5's words are; "| 0" keeps every sum modulo 2^32. */
var hexMD5 = (function () {
  // Rotation amounts per round (RFC 1321, 3.4), four per round.
  var S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
  // T[i] = floor(4294967296 * abs(sin(i + 1))), i in radians (RFC 1321, 3.4).
  var T = [];
  for (var i = 0; i < 64; i++) T[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;

  function rotl(x, n) { return (x << n) | (x >>> (32 - n)); }

  // A word as 8 hex digits, low-order byte first (RFC 1321, 3.5).
  function hex(w) {
    var s = '';
    for (var j = 0; j < 4; j++) s += ((w >>> (8 * j + 4)) & 15).toString(16) + ((w >>> (8 * j)) & 15).toString(16);
    return s;
  }

  return function (str) {
    var n = str.length, k;
    // Padding (3.1) and length (3.2): a 1 bit, zeros up to 56 bytes mod 64,
    // then the length in bits as 64 bits, low word first.
    var words = [], total = (((n + 8) >>> 6) + 1) * 16;
    for (k = 0; k < total; k++) words[k] = 0;
    for (k = 0; k < n; k++) words[k >> 2] |= (str.charCodeAt(k) & 255) << ((k % 4) * 8);
    words[n >> 2] |= 0x80 << ((n % 4) * 8);
    words[total - 2] = (n * 8) | 0;
    words[total - 1] = Math.floor(n / 536870912);

    // Buffer (3.3), then the 64 operations per 16-word block (3.4).
    var a0 = 0x67452301, b0 = 0xefcdab89 | 0, c0 = 0x98badcfe | 0, d0 = 0x10325476;
    for (var blk = 0; blk < total; blk += 16) {
      var a = a0, b = b0, c = c0, d = d0;
      for (k = 0; k < 64; k++) {
        var round = k >> 4, f, x;
        if (round === 0) { f = (b & c) | (~b & d); x = k; }
        else if (round === 1) { f = (b & d) | (c & ~d); x = (5 * k + 1) & 15; }
        else if (round === 2) { f = b ^ c ^ d; x = (3 * k + 5) & 15; }
        else { f = c ^ (b | ~d); x = (7 * k) & 15; }
        var sum = (a + f + T[k] + words[blk + x]) | 0;
        a = d; d = c; c = b;
        b = (b + rotl(sum, S[round * 4 + (k & 3)])) | 0;
      }
      a0 = (a0 + a) | 0; b0 = (b0 + b) | 0; c0 = (c0 + c) | 0; d0 = (d0 + d) | 0;
    }
    return hex(a0) + hex(b0) + hex(c0) + hex(d0);
  };
})();
