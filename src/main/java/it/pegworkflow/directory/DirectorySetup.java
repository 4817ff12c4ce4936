package it.pegworkflow.directory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The directory's settings ({@code peg.ldap.*}). */
@Configuration
@EnableConfigurationProperties(DirectorySettings.class)
class DirectorySetup {}
