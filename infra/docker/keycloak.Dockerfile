# Keycloak with the product's sign-in and email themes (infra/keycloak/themes) and its extension
# (infra/keycloak/extension: the invited person is signed in after setting the password), for Kubernetes (the Keycloak
# Operator's `spec.image`) or any host that runs Keycloak from an image rather than with the themes mounted.
# Build from the repository root, after `mvn -B -DskipTests install` (it builds the extension's jar):
#   docker build -f infra/docker/keycloak.Dockerfile -t social-maturity-keycloak:26.7.3 .
# The realm (infra/keycloak/maturity-realm.json) names the themes: loginTheme and emailTheme "social-maturity".
FROM keycloak/keycloak:26.7.3
COPY infra/keycloak/themes/social-maturity /opt/keycloak/themes/social-maturity
COPY infra/keycloak/extension/target/social-maturity-keycloak-extension.jar /opt/keycloak/providers/social-maturity-keycloak-extension.jar
