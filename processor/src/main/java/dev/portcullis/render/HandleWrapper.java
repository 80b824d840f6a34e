package dev.portcullis.render;

import com.github.mustachejava.MustacheException;
import com.github.mustachejava.ObjectHandler;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.ReflectionWrapper;
import com.github.mustachejava.util.GuardException;
import com.github.mustachejava.util.Wrapper;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Calls a view's getter through a method handle instead of {@link Method#invoke}. On Java 17,
 * core reflection generates and loads one accessor class per getter once it has been called 15
 * times (about 300 of them in a build of ten products), each then interpreted and compiled again
 * by the JIT; method handles of the same shape share their code. Same guards, same scope lookup
 * and same errors as {@link ReflectionWrapper}.
 */
final class HandleWrapper extends ReflectionWrapper {
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  private final MethodHandle getter;

  private HandleWrapper(int scopeIndex, Wrapper[] wrappers, Guard[] guards, Method method, ObjectHandler handler,
      MethodHandle getter) {
    super(scopeIndex, wrappers, guards, method, null, handler);
    this.getter = getter;
  }

  /**
   * A wrapper calling {@code method} (a getter without parameters that the object handler has
   * made accessible), or null when it cannot be called through a handle.
   */
  static HandleWrapper of(int scopeIndex, Wrapper[] wrappers, List<? extends Guard> guards, Method method,
      ObjectHandler handler) {
    if (method.getParameterCount() != 0) {
      return null;
    }
    try {
      MethodHandle handle = MethodHandles.lookup().unreflect(method).asType(GETTER);
      return new HandleWrapper(scopeIndex, wrappers, guards.toArray(new Guard[0]), method, handler, handle);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  @Override
  public Object call(List<Object> scopes) throws GuardException {
    guardCall(scopes);
    Object scope = oh.coerce(unwrap(scopes));
    if (scope == null) {
      return null;
    }
    try {
      return getter.invokeExact(scope);
    } catch (Throwable e) {
      throw new MustacheException("Error invoking " + method + " on " + scope.getClass().getName(), e);
    }
  }
}
