// Parses an N-Quads file with N3.js and prints the number of quads; exits
// non-zero at the first error. Usage: node n3check.js N3_MODULE_DIR FILE
const N3 = require(process.argv[2]);
const fs = require('fs');
let n = 0;
new N3.Parser({ format: 'N-Quads' }).parse(fs.readFileSync(process.argv[3], 'utf8'), (err, q) => {
  if (err) {
    console.error(err.message);
    process.exit(1);
  }
  if (q) n++;
  else console.log(n);
});
