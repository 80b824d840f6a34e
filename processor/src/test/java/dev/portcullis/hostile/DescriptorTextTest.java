package dev.portcullis.hostile;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.portcullis.processor.PortcullisProcessor;
import java.io.IOException;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The texts that broke the generated Java descriptor, found by the hostile properties: a title
 * with {@code *}{@code /} ended the Javadoc, a backslash followed by {@code u} was read by javac as
 * a Unicode escape even in a comment, and a U+2028 in a service made JavaPoet break a string
 * literal in two.
 */
class DescriptorTextTest {
  @Test
  void hostileTitleAndServiceCompileAndReadBack() throws IOException {
    String source = """
        package t;
        import dev.portcullis.annotations.*;
        @Product(id = "t", title = "Ends */ a comment, C:\\\\users\\\\x, $5 @param <b> & \\u2028 line")
        @Component(id = "node")
        public final class T {
          @Flow(id = "api", service = "API\\u2028\\u2029\\u0085 */ \\\\u0041", purpose = "{@link X} <i>", component = "node",
              peerComponent = "node")
          public static final int API = 80;
        }
        """;
    Compilation compilation = javac().withProcessors(new PortcullisProcessor())
        .compile(JavaFileObjects.forSourceString("t.T", source));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    String descriptor = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "t/TDescriptor.java")
        .orElseThrow().getCharContent(true).toString();
    assertTrue(descriptor.contains("Ends *&#47; a comment, C:&#92;users&#92;x, $5 &#64;param &lt;b&gt; &amp;"),
        descriptor);
    assertTrue(descriptor.contains("return \"Ends */ a comment, C:\\\\users\\\\x, $5 @param <b> & \\u2028 line\""),
        descriptor);
  }
}
