package dev.portcullis.processor.validate;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Places a diagnostic on the source of an annotation or attribute value when javac's
 * {@code Messager} cannot. {@code Messager.printMessage(kind, msg, element, mirror, value)} only
 * matches annotations as they are stored on the element, and a repeated annotation
 * ({@code @Flow} twice) is stored as javac's synthesized container ({@code @Flow.List}), which no
 * source tree has; the message would then land on the class or field name instead of the bad
 * port. This class walks the element's annotation trees itself: the i-th mirror inside a
 * container is the i-th written annotation of that type, and a value inside a mirror is the
 * expression written for that attribute (or the i-th element of an array initializer).
 *
 * <p>It needs javac's {@link Trees}; under another compiler, or a wrapped processing environment,
 * {@link #none()} is used and messages fall back to the {@code Messager}.
 */
public final class TreeLocator {
  private final Trees trees;

  private TreeLocator(Trees trees) {
    this.trees = trees;
  }

  /** A locator over javac's trees, or {@link #none()} when they are not available. */
  public static TreeLocator of(ProcessingEnvironment env) {
    try {
      return new TreeLocator(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return none();
    }
  }

  /** A locator that never finds anything (the {@code Messager} then places the message). */
  public static TreeLocator none() {
    return new TreeLocator(null);
  }

  /**
   * Prints {@code text} on the tree of {@code value} (or of {@code mirror} when value is null or
   * not written in source); returns false when no tree was found, so the caller can fall back.
   */
  boolean print(Diagnostic.Kind kind, String text, Element element, AnnotationMirror mirror, AnnotationValue value) {
    if (trees == null || element == null || mirror == null) {
      return false;
    }
    try {
      TreePath path = trees.getPath(element);
      if (path == null) {
        return false;
      }
      List<AnnotationTree> written = annotations(path.getLeaf());
      Tree found = value == null ? null : find(element, path, written, value);
      if (found == null) {
        found = find(element, path, written, mirror);
      }
      if (found == null) {
        return false;
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      trees.printMessage(kind, text, found, unit);
      return true;
    } catch (RuntimeException e) {
      // a tree shape this walk does not know: the Messager's place is better than no message
      return false;
    }
  }

  private static List<AnnotationTree> annotations(Tree declaration) {
    ModifiersTree modifiers;
    if (declaration instanceof ClassTree c) {
      modifiers = c.getModifiers();
    } else if (declaration instanceof VariableTree v) {
      modifiers = v.getModifiers();
    } else if (declaration instanceof MethodTree m) {
      modifiers = m.getModifiers();
    } else {
      return List.of();
    }
    return new ArrayList<>(modifiers.getAnnotations());
  }

  /** The tree of {@code target} (a mirror or a value, compared by identity), or null. */
  private Tree find(Element element, TreePath path, List<AnnotationTree> written, Object target) {
    for (AnnotationMirror stored : element.getAnnotationMirrors()) {
      Element storedType = stored.getAnnotationType().asElement();
      List<AnnotationTree> same = ofType(path, written, storedType);
      if (!same.isEmpty()) {
        for (AnnotationTree tree : same) {
          Tree hit = search(stored, tree, target);
          if (hit != null) {
            return hit;
          }
        }
        continue;
      }
      // a synthesized container: its value() lists the repeated annotations in source order
      List<AnnotationMirror> repeated = containerValues(stored);
      if (repeated.isEmpty()) {
        continue;
      }
      List<AnnotationTree> trees = ofType(path, written, repeated.get(0).getAnnotationType().asElement());
      if (trees.size() != repeated.size()) {
        continue;
      }
      for (int i = 0; i < repeated.size(); i++) {
        Tree hit = search(repeated.get(i), trees.get(i), target);
        if (hit != null) {
          return hit;
        }
      }
    }
    return null;
  }

  private List<AnnotationTree> ofType(TreePath declaration, List<AnnotationTree> written, Element type) {
    List<AnnotationTree> result = new ArrayList<>();
    for (AnnotationTree tree : written) {
      TreePath typePath = new TreePath(new TreePath(declaration, tree), tree.getAnnotationType());
      if (type.equals(trees.getElement(typePath))) {
        result.add(tree);
      }
    }
    return result;
  }

  private static List<AnnotationMirror> containerValues(AnnotationMirror container) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : container.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value") && e.getValue().getValue() instanceof List<?> list) {
        List<AnnotationMirror> result = new ArrayList<>();
        for (Object item : list) {
          if (!(item instanceof AnnotationValue v) || !(v.getValue() instanceof AnnotationMirror m)) {
            return List.of();
          }
          result.add(m);
        }
        return result;
      }
    }
    return List.of();
  }

  private static Tree search(AnnotationMirror mirror, AnnotationTree tree, Object target) {
    if (mirror == target) {
      return tree;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      ExpressionTree expression = argument(tree, e.getKey().getSimpleName().toString());
      if (expression != null) {
        Tree hit = searchValue(e.getValue(), expression, target);
        if (hit != null) {
          return hit;
        }
      }
    }
    return null;
  }

  private static Tree searchValue(AnnotationValue value, ExpressionTree expression, Object target) {
    if (value == target) {
      return expression;
    }
    Object content = value.getValue();
    if (content instanceof AnnotationMirror nested && expression instanceof AnnotationTree nestedTree) {
      return search(nested, nestedTree, target);
    }
    if (content instanceof List<?> items) {
      // {a, b} or, for a single element, the element without braces
      List<? extends ExpressionTree> expressions = expression instanceof NewArrayTree array
          ? array.getInitializers()
          : List.of(expression);
      if (expressions == null || expressions.size() != items.size()) {
        return null;
      }
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof AnnotationValue item) {
          Tree hit = searchValue(item, expressions.get(i), target);
          if (hit != null) {
            return hit;
          }
        }
      }
    }
    return null;
  }

  /** The expression written for {@code attribute}: {@code name = expr}, or the bare value of {@code value}. */
  private static ExpressionTree argument(AnnotationTree tree, String attribute) {
    for (ExpressionTree argument : tree.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree name && name.getName().contentEquals(attribute)) {
          return assignment.getExpression();
        }
      } else if (attribute.equals("value")) {
        return argument;
      }
    }
    return null;
  }
}
