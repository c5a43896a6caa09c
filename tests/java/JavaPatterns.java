// The reference for pattern translation: java.util.regex, the dialect AWS's models are
// validated with. Reads lines from stdin, each hex-encoded UTF-16 (big-endian) text:
//   P<hex>   a pattern (compiled with no flags)
//   S<hex>   a probe for the last pattern
//   .        end of the probes of the last pattern
// and prints, per pattern, "E" when it does not compile, else one char per probe: 1 when
// Matcher.find() (search, as Smithy's pattern trait) succeeds, 0 when not.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public class JavaPatterns {
    static String decode(String hex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 4 <= hex.length(); i += 4) {
            out.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder();
        Pattern pattern = null;
        boolean broken = false;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("P")) {
                try {
                    pattern = Pattern.compile(decode(line.substring(1)));
                    broken = false;
                } catch (PatternSyntaxException e) {
                    broken = true;
                }
            } else if (line.startsWith("S")) {
                if (!broken) {
                    out.append(pattern.matcher(decode(line.substring(1))).find() ? '1' : '0');
                }
            } else if (line.equals(".")) {
                out.append(broken ? "E" : "").append('\n');
            }
        }
        System.out.print(out);
    }
}
