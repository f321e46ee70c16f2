/**
 * Domain errors without HTTP: {@link io.socialmaturity.platform.errors.NotFoundException},
 * {@link io.socialmaturity.platform.errors.ConflictException} (with a code), {@link io.socialmaturity.platform.errors.InvalidException}
 * (with fields), {@link io.socialmaturity.platform.errors.ForbiddenException} and
 * {@link io.socialmaturity.platform.errors.UnavailableException}, and their texts by key in English and Italian
 * ({@link io.socialmaturity.platform.errors.Messages}). Nothing here knows HTTP; the web edge maps them once.
 */
package io.socialmaturity.platform.errors;
