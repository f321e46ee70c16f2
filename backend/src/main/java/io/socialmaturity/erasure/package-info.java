/**
 * Erasing a person (GDPR): their user id, names, email and username are replaced by a stable pseudonym in every text
 * column of their tenant's rows, so results stay the same and no name stays behind; the erasure is in the tenant's
 * and the platform's audit trail. Public face: {@link io.socialmaturity.erasure.PersonErasure}.
 */
package io.socialmaturity.erasure;
