<#-- Keycloak's base info.ftl, changed in one place: when the page leads back to the app (the end of a link's steps
     that set no password, e.g. verifying the email: the product's extension, infra/keycloak/extension, signs the
     person in only after a password step, and then this page does not show), the way back is a button that goes
     through the app's sign-in ("signin" in the query: the app starts the sign-in at once), so the person arrives
     signed in rather than on the app's public page. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        <#if messageHeader??>
            ${kcSanitize(msg("${messageHeader}"))?no_esc}
        <#else>
            ${message.summary}
        </#if>
    <#elseif section = "form">
    <div id="kc-info-message">
        <p class="instruction">${message.summary}<#if requiredActions??><#list requiredActions>: <b><#items as reqActionItem>${kcSanitize(msg("requiredAction.${reqActionItem}"))?no_esc}<#sep>, </#items></b></#list><#else></#if></p>
        <#if skipLink??>
        <#else>
            <#if pageRedirectUri?has_content>
                <#assign signInUri = pageRedirectUri + pageRedirectUri?contains("?")?then("&", "?") + "signin">
                <p><a id="sm-continue" class="${properties.kcButtonPrimaryClass!} sm-continue" href="${signInUri}">${msg("accountReadyContinue")}</a></p>
            <#elseif actionUri?has_content>
                <p><a href="${actionUri}">${msg("proceedWithAction")}</a></p>
            <#elseif (client.baseUrl)?has_content>
                <p><a href="${client.baseUrl}">${msg("backToApplication")}</a></p>
            </#if>
        </#if>
    </div>
    </#if>
</@layout.registrationLayout>
