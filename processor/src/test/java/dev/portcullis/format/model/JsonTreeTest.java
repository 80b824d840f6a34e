package dev.portcullis.format.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** JsonTree prints what Jackson's pretty printer printed for the model file, byte for byte. */
class JsonTreeTest {
  @Test
  void printsAsJacksonDid() throws Exception {
    StringBuilder chars = new StringBuilder();
    for (char c = 0; c < 0x100; c++) {
      chars.append(c);
    }
    String text = chars.append("\u2028\u2029\ud83d\ude00\ufeff/").toString();

    ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    ObjectNode root = mapper.createObjectNode();
    root.put("s", text).put(text, 1).put("n", (String) null).put("b", true).put("i", (Integer) null);
    root.putObject("empty");
    root.putArray("none");
    root.putArray("a").add("x").addObject().put("k", 2).putObject("o").put("z", false);
    root.putObject("nested").putArray("l").add("y");
    root.put("s", "replaced in place");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    String jackson = mapper.writer(printer).writeValueAsString(root) + "\n";

    JsonTree.Obj tree = new JsonTree.Obj();
    tree.put("s", text).put(text, 1).put("n", (String) null).put("b", true).put("i", (Integer) null);
    tree.putObject("empty");
    tree.putArray("none");
    JsonTree.Arr a = tree.putArray("a").add("x");
    a.addObject().put("k", 2).putObject("o").put("z", false);
    tree.putObject("nested").putArray("l").add("y");
    tree.put("s", "replaced in place");
    assertEquals(jackson, tree.print());
  }
}
