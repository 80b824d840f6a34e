package dev.portcullis.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the Mustache templates of {@code templates/} (packaged under
 * {@code dev/portcullis/templates/}), or a user's replacement of any of them from the
 * {@code portcullis.templates} directory. One Mustache factory per output language, each with its
 * own escaper; a value a template names but the scope lacks is an error, never empty text.
 * Templates are compiled once per engine and resolved through this class's own class loader.
 */
public final class TemplateEngine {
  /** Where the built-in templates live inside the processor jar. */
  public static final String CLASSPATH_ROOT = "dev/portcullis/templates/";

  private final Path overrideDir;
  private final Map<Escaper, DefaultMustacheFactory> factories = new EnumMap<>(Escaper.class);

  /** @param overrideDir a directory whose files replace built-in templates, or null */
  public TemplateEngine(Path overrideDir) {
    this.overrideDir = overrideDir;
    MustacheResolver resolver = this::open;
    for (Escaper escaper : Escaper.values()) {
      DefaultMustacheFactory factory = new DefaultMustacheFactory(resolver) {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(escaper.encode(value));
          } catch (IOException e) {
            throw new MustacheException(e);
          }
        }
      };
      factory.setObjectHandler(new StrictObjectHandler());
      factories.put(escaper, factory);
    }
  }

  /** Renders {@code name} (e.g. {@code ansible/defaults/main.yml.mustache}) with {@code scope}. */
  public String render(String name, Object scope) {
    return render(name, new Object[] {scope});
  }

  /**
   * Renders {@code name} with a stack of scopes, the outermost first: a name is looked up in the
   * last scope, then in the ones before it.
   */
  public String render(String name, Object outer, Object scope) {
    return render(name, new Object[] {outer, scope});
  }

  private String render(String name, Object[] scopes) {
    DefaultMustacheFactory factory = factories.get(Escaper.forTemplate(name));
    try {
      Mustache mustache = factory.compile(name);
      TextWriter out = new TextWriter();
      mustache.execute(out, scopes).flush();
      return out.toString();
    } catch (MissingValueException e) {
      throw new TemplateException(name, e.getMessage(), e);
    } catch (MustacheException | IOException e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause != cause.getCause()) {
        if (cause instanceof MissingValueException) {
          break;
        }
        cause = cause.getCause();
      }
      throw new TemplateException(name, cause.getMessage(), e);
    }
  }

  /** Whether {@code name} is replaced by a file in the override directory. */
  public boolean isOverridden(String name) {
    return overrideDir != null && Files.isRegularFile(overrideDir.resolve(name));
  }

  private Reader open(String name) {
    try {
      if (isOverridden(name)) {
        return Files.newBufferedReader(overrideDir.resolve(name), StandardCharsets.UTF_8);
      }
      InputStream in = TemplateEngine.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + name);
      if (in == null) {
        return null;
      }
      try (in) {
        // read fully: the factory keeps compiled templates, not streams
        return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new TemplateException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** A value the template names that no scope has. */
  static final class MissingValueException extends MustacheException {
    MissingValueException(String name) {
      super("names the value '" + name + "', which the model does not have");
    }
  }

  /**
   * Fails on a name no scope resolves, instead of rendering it as empty text; calls getters
   * through method handles ({@link HandleWrapper}).
   */
  private static final class StrictObjectHandler extends ReflectionObjectHandler {
    @Override
    protected Wrapper createWrapper(int scopeIndex, Wrapper[] wrappers, List<? extends Guard> guards,
        AccessibleObject member, Object[] arguments) {
      if (member instanceof Method method && (arguments == null || arguments.length == 0)) {
        Wrapper handle = HandleWrapper.of(scopeIndex, wrappers, guards, method, this);
        if (handle != null) {
          return handle;
        }
      }
      return super.createWrapper(scopeIndex, wrappers, guards, member, arguments);
    }

    @Override
    public Wrapper find(String name, List<Object> scopes) {
      Wrapper wrapper = super.find(name, scopes);
      if (wrapper instanceof MissingWrapper) {
        throw new MissingValueException(name);
      }
      return wrapper;
    }
  }
}
