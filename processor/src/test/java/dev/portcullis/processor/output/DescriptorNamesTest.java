package dev.portcullis.processor.output;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.portcullis.processor.testing.Javac;
import org.junit.jupiter.api.Test;

/** Flow ids that would name a descriptor field twice still give a descriptor that compiles. */
class DescriptorNamesTest {
  @Test
  void flowIdsNamedLikeTheDescriptorsOwnFieldsGetASuffix() {
    Compilation c = Javac.compile(Javac.source("p.Demo", """
        package p;
        import dev.portcullis.annotations.*;
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "id", service = "I", component = "node", peerComponent = "node", ports = 81)
        @Flow(id = "components", service = "C", component = "node", peerComponent = "node", ports = 82)
        @Flow(id = "flows", service = "F", component = "node", peerComponent = "node", ports = 83)
        @Flow(id = "zones", service = "Z", component = "node", peerComponent = "node", ports = 84)
        @Flow(id = "features", service = "F", component = "node", peerComponent = "node", ports = 85)
        @Flow(id = "variables", service = "V", component = "node", peerComponent = "node", ports = 86)
        public class Demo {}
        """));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("p.DemoDescriptor").contentsAsUtf8String()
        .contains("public static final int ID_PORT = 81;");
    assertThat(c).generatedSourceFile("p.DemoDescriptor").contentsAsUtf8String()
        .contains("public static final int COMPONENTS_PORT = 82;");
  }
}
