package dev.portcullis.it.userproject;

/**
 * The Maven configuration of the README's section "Use Portcullis in your own repository", which
 * {@link ScratchUserProjectTest} builds a project from; {@link ReadmeSnippetsTest} checks that the
 * README shows each of them verbatim.
 */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  static final String PROPERTIES = """
      <portcullis.version>0.1.0-SNAPSHOT</portcullis.version>
      <!-- the directory you commit; give it under ${project.basedir}: a relative path is
           resolved against the directory mvn was started in -->
      <portcullis.outputDir>${project.basedir}/firewall</portcullis.outputDir>
      <!-- optional: your own templates (see "Templates"); the directory must exist -->
      <portcullis.templates>${project.basedir}/src/main/portcullis-templates</portcullis.templates>
      <!-- CI: mvn clean verify -Dportcullis.verify=true writes nothing and fails when
           firewall/ is not what the definitions generate -->
      <portcullis.verify>false</portcullis.verify>
      """;

  static final String DEPENDENCY = """
      <!-- the annotations and the descriptor API, no dependencies of its own; leave the
           scope out (compile) when your application reads the descriptors at run time -->
      <dependency>
        <groupId>dev.portcullis</groupId>
        <artifactId>portcullis-annotations</artifactId>
        <version>${portcullis.version}</version>
        <scope>provided</scope>
      </dependency>
      """;

  static final String PLUGINS = """
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
        <configuration>
          <!-- the processor goes on the processor path, never on the class path
               (JDK 23 and later no longer run processors found on the class path) -->
          <annotationProcessorPaths>
            <path>
              <groupId>dev.portcullis</groupId>
              <artifactId>portcullis-processor</artifactId>
              <version>${portcullis.version}</version>
            </path>
          </annotationProcessorPaths>
          <compilerArgs>
            <arg>-Aportcullis.outputDir=${portcullis.outputDir}</arg>
            <arg>-Aportcullis.templates=${portcullis.templates}</arg>
            <arg>-Aportcullis.verify=${portcullis.verify}</arg>
          </compilerArgs>
        </configuration>
      </plugin>
      <!-- only with portcullis.templates: the compiler does not see templates, so when one is
           newer than the last compilation, drop the compiler's record of its inputs and it
           recompiles, which runs the processor again -->
      <plugin>
        <groupId>org.codehaus.mojo</groupId>
        <artifactId>build-helper-maven-plugin</artifactId>
        <version>3.6.0</version>
        <executions>
          <execution>
            <id>portcullis-templates-uptodate</id>
            <phase>initialize</phase>
            <goals>
              <goal>uptodate-property</goal>
            </goals>
            <configuration>
              <name>portcullis.templates.uptodate</name>
              <value>true</value>
              <else>false</else>
              <fileSet>
                <directory>${portcullis.templates}</directory>
                <outputDirectory>${project.build.directory}/maven-status/maven-compiler-plugin/compile/default-compile</outputDirectory>
                <mapper>
                  <type>merge</type>
                  <to>inputFiles.lst</to>
                </mapper>
              </fileSet>
            </configuration>
          </execution>
        </executions>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-clean-plugin</artifactId>
        <version>3.4.0</version>
        <executions>
          <execution>
            <id>portcullis-templates-changed</id>
            <phase>initialize</phase>
            <goals>
              <goal>clean</goal>
            </goals>
            <configuration>
              <skip>${portcullis.templates.uptodate}</skip>
              <excludeDefaultDirectories>true</excludeDefaultDirectories>
              <filesets>
                <fileset>
                  <directory>${project.build.directory}/maven-status/maven-compiler-plugin/compile/default-compile</directory>
                  <includes>
                    <include>inputFiles.lst</include>
                  </includes>
                </fileset>
              </filesets>
            </configuration>
          </execution>
        </executions>
      </plugin>
      """;
}
