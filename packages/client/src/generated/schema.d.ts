// Generated from spec/ethora.yaml by `pnpm generate`. Do not edit by hand.
export interface paths {
  "/v1/apps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List apps
     * @description Lists the apps the calling user may read, one page at a time.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ListApps"];
    put?: never;
    /**
     * Create an app
     * @description Creates a tenant app owned by the calling user. Images are uploaded in the same form.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1CreateApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/users/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the users of the app
     * @description Lists the users of the app the credential belongs to, one page at a time. The response body is not documented in detail; it is modelled as an open object.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ListAppUsers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/users/{xmppUsername}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find a user by XMPP username
     * @description Returns the user of the app whose XMPP username (`<appId>_<uuid>`) is given. Backends call it with the server JWT; chat clients call it with a user JWT. Encode the username as one path segment.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     *
     *     Assumptions (not attested by a source):
     *     - `serverBearer`: the server JWT alone in `Authorization: Bearer` is assumed to be accepted here; that form is confirmed only for the /v2 routes (the Ethora client sends both headers).
     */
    get: operations["v1GetAppUserByXmppUsername"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an app
     * @description Reads one app. The vendor document describes the answer with the same paged list shape as the app list, so that shape is modelled here.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1GetApp"];
    /**
     * Update an app
     * @description Changes the settings, branding, default rooms and bot settings of an app. Only the fields sent are changed.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    put: operations["v1UpdateApp"];
    post?: never;
    /**
     * Delete an app
     * @description Deletes an app the calling user owns.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    delete: operations["v1DeleteApp"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/create-app-chat/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a default room
     * @description Creates a room that every new user of the app joins, optionally pinned.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1CreateAppDefaultRoom"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/delete-app-chat/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a default room
     * @description Removes a default room from the app. The room is named by its JID in a form body.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    delete: operations["v1DeleteAppDefaultRoom"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/user-defaults/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set defaults for new users
     * @description Sets what new users of the app get: profile and asset visibility, and default rooms.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    put: operations["v1UpdateAppUserDefaults"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/check-domain-name": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check whether a domain name is taken
     * @description Tells whether another app already uses the domain name, before an app is created or renamed.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1CheckDomainName"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/get-config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the public configuration of a domain
     * @description Returns the public settings of the app served at a domain, including `xmppHost`, which chat clients and backends need to build room JIDs. No credential is needed.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1GetAppConfig"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/get-default-rooms": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the default rooms of the app
     * @description Lists the rooms new users of the app (named by the app token) join.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ListDefaultRooms"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/get-default-rooms/app-id/{appId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the default rooms of an app
     * @description Lists the rooms new users of the given app join, for a signed-in user.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ListDefaultRoomsOfApp"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/rotate-jwt/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Replace the app token
     * @description Revokes the app token and issues a new one, returned in the app. Clients using the old token stop working at once.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    delete: operations["v1RotateAppJwt"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/graph-statistic/{appId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read usage charts of an app
     * @description Returns usage totals and time series (sessions, API calls, issuance, transactions) for a date range.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1GetAppStatistics"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/apps/stat-csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export app statistics as CSV
     * @description Returns usage statistics of the apps the caller may read, as a CSV document. Its columns are not documented.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ExportAppStatisticsCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/files/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List my files
     * @description Lists the files the calling user uploaded, one page at a time (10 per page unless `limit` says otherwise).
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ListFiles"];
    put?: never;
    /**
     * Upload files
     * @description Stores one or more files for the calling user, for use as chat attachments, avatars or documents.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1UploadFiles"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/files/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a file record
     * @description Returns the record of one file the calling user uploaded.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1GetFile"];
    put?: never;
    post?: never;
    /**
     * Delete a file
     * @description Deletes one file the calling user uploaded.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    delete: operations["v1DeleteFile"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update the current user
     * @description Changes the caller's profile fields and avatar; only the fields sent are changed. The vendor document declares the app token as the credential of this route.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    put: operations["v1UpdateCurrentUser"];
    /**
     * Register with a social or wallet identity
     * @description Creates an end user of the app named by the app token from a Google, Facebook or Apple token, or from a wallet signature, and signs it in.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1RegisterUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/sign-up-with-email/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign up with an e-mail address
     * @description Starts an e-mail sign-up for the app named by the app token: the user gets a mail to confirm the address.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1SignUpWithEmail"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/users/sign-up-with-email/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign up with e-mail and password
     * @description Signs up a user of the app named by the app token with an e-mail address and a password, protected by a bot-check token from the sign-up page.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["signUpWithEmail"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/sign-up-resend-email/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resend the sign-up mail
     * @description Sends the sign-up confirmation mail again, for users who did not receive it.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1ResendSignUpEmail"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/create-with-app-id/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a user in an app
     * @description Creates one user in the given app; the caller needs the user-management permission of that app.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1CreateUserInApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/create-many-with-app-id/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create several users in an app
     * @description Creates several users in the given app in one call; the caller needs the user-management permission of that app.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1CreateUsersInApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create users (synchronous)
     * @description Creates users in the app named by the server JWT and answers once they exist. Each user gets the XMPP username `<appId>_<uuid>`. A first or last name shorter than two characters gives 422 `VALIDATION_ERROR` (seen live). How many users one call may create is not documented for this route. The `/v2/users/batch` route does the same work as a background job.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     *
     *     Assumptions (not attested by a source):
     *     - `serverBearer`: the server JWT alone in `Authorization: Bearer` is assumed to be accepted here; that form is confirmed only for the /v2 routes (the Ethora client sends both headers).
     */
    post: operations["v1CreateUsersBatch"];
    /**
     * Delete users
     * @description Deletes users of the app named by the server JWT. Name them by the plain uuids given at creation, without the `<appId>_` prefix. Unknown ids give 422.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     *
     *     Assumptions (not attested by a source):
     *     - `serverBearer`: the server JWT alone in `Authorization: Bearer` is assumed to be accepted here; that form is confirmed only for the /v2 routes (the Ethora client sends both headers).
     */
    delete: operations["v1DeleteUsersBatch"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/tags-set/{appId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace the tags of users
     * @description Replaces the tags of each listed user with the given list; send the old tags along to keep them, or an empty list to clear them.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1SetUserTags"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/tags-add/{appId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add tags to users
     * @description Adds the given tags to each listed user, keeping their other tags.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1AddUserTags"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/tags-delete/{appId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove tags from users
     * @description Removes the given tags from each listed user.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1RemoveUserTags"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/terms-and-conditions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record agreement to the terms
     * @description Records whether the calling user agrees to the terms and conditions of the app.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1AcceptTerms"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with a social or wallet identity
     * @description Signs in a user of the app named by the app token with a Google, Facebook or Apple token, or with a wallet signature. A user whose e-mail is not confirmed yet gets 409.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1Login"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the current user
     * @description Returns the signed-in user with fresh session tokens and a few app settings.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1GetCurrentUser"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/login-with-email": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with e-mail and password
     * @description Signs in a user of the app named by the app token with an e-mail address and a password.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1LoginWithEmail"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out
     * @description Ends sessions of the calling user: the current one, all of them, or all but the current one.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1Logout"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/client": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchange a client JWT for a user session
     * @description Trades a client JWT signed by the backend (`data.type` = `client`, `data.userId` = the uuid given at user creation) for the session of that user. Sends no body. It never creates users: an unknown user gives 401 with code `USER_NOT_FOUND`.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1ExchangeClientToken"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/set-permanent-password-with-temp-password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace a temporary password
     * @description Sets a permanent password for a user who signed in with a temporary one. No credential is needed: the temporary password proves the caller.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1SetPermanentPassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/login/refresh": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refresh the session
     * @description Returns a new user JWT and refresh token for the refresh token sent in `Authorization`.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1RefreshSession"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/changePassword": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change the password
     * @description Changes the calling user's password. A wrong current password is reported with `success: false`.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1ChangePassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/verifyEmail": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm an e-mail address
     * @description Confirms an e-mail address with the data from the verification link. The vendor document lists `password` and `npassword` as its fields, which look copied from the password change; the body is therefore an open object.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     *
     *     Assumptions (not attested by a source):
     *     - `appJwt`: the app token is assumed to be the credential, as on the other sign-up routes; the vendor document gives only its default JWT.
     */
    post: operations["v1VerifyEmail"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/resendLink": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resend the verification link
     * @description Sends the e-mail verification link again.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     *
     *     Assumptions (not attested by a source):
     *     - `appJwt`: the app token is assumed to be the credential, as on the other sign-up routes; the vendor document gives only its default JWT.
     */
    post: operations["v1ResendVerificationLink"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/forgot": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request a password reset
     * @description Sends a password-reset mail to a user of the app named by the app token.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1RequestPasswordReset"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/reset": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset a password
     * @description Resets a user's password with the token from the reset mail. No credential is needed: the token proves the caller.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1ResetPassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/checkEmail/{email}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check whether an e-mail address is registered
     * @description Tells whether any user already has the e-mail address.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1CheckEmail"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/{appId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the users of an app
     * @description Lists the users of the given app, one page at a time.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ListUsersOfApp"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/{appId}/{userId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update a user of an app
     * @description Changes profile fields and the avatar of a user of the given app; only the fields sent are changed.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    put: operations["v1UpdateUserInApp"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/profile/{walletAddress}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a profile by wallet address
     * @description Returns the profile, balances and documents of the user owning the wallet, as far as that user made them visible.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1GetWalletProfile"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/profile/{walletAddress}/{accessToken}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a profile through a share link
     * @description Returns a profile shared through a share link, whose token grants access to a profile that is not public. An invalid or expired token gives 498.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1GetSharedWalletProfile"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/referral": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record who referred the user
     * @description Records the user who referred the calling user.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1AddReferral"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete the current user
     * @description Deletes the account of the calling user.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    delete: operations["v1DeleteCurrentUser"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/delete-many-with-app-id/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete users of an app
     * @description Deletes the listed users of the given app; the caller needs the user-management permission of that app.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1DeleteUsersInApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/reset-passwords-with-app-id/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset passwords of users of an app
     * @description Resets the passwords of the listed users of the given app.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1ResetPasswordsInApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/emails": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List linked e-mail addresses
     * @description Lists the e-mail addresses linked to the calling user and whether each is verified.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ListEmails"];
    put?: never;
    /**
     * Link an e-mail address
     * @description Links another e-mail address to the calling user.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1AddEmail"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/emails/{email}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Unlink an e-mail address
     * @description Removes a linked e-mail address from the calling user.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    delete: operations["v1DeleteEmail"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/payments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a payment
     * @description Records a payment transaction of the calling user. The transaction fields are not documented.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1RecordPayment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/checkExtWallet": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check whether a wallet is linked
     * @description Tells whether an external wallet address is already linked to a user.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1CheckExternalWallet"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/acl": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List my permissions
     * @description Lists the permissions of the calling user in each app it belongs to.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ListMyAcls"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/acl/{appId}/{userId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Change the permissions of a user
     * @description Changes what a user may do in an app; only the flags sent are changed.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    put: operations["v1UpdateUserAcl"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/exportData": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export my data
     * @description Downloads the calling user's data as a JSON file.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ExportMyData"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/users/export/{appId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the users of an app
     * @description Downloads the users of the given app as a JSON file.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ExportAppUsers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/sharelink": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a share link
     * @description Creates a link that lets others see one of the caller's resources, such as a profile that is not public.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1CreateSharelink"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/sharelink/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List my share links
     * @description Lists the share links the calling user created.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ListSharelinks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/sharelink/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a share link
     * @description Revokes a share link so its token stops granting access.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    delete: operations["v1DeleteSharelink"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/chats": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List rooms I created
     * @description Lists the rooms the calling user created, with their members.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ListCreatedChats"];
    put?: never;
    /**
     * Create a chat room as a user
     * @description Creates a room owned by the calling user. Backends use `POST /v2/chats` with the server JWT instead.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1CreateChat"];
    /**
     * Delete a chat room
     * @description Deletes a room named by its short name `<appId>_<chatId>` (no conference domain). Backends call it with the server JWT. A room that does not exist gives 422.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     *
     *     Assumptions (not attested by a source):
     *     - `serverBearer`: the server JWT alone in `Authorization: Bearer` is assumed to be accepted here; that form is confirmed only for the /v2 routes (the Ethora client sends both headers).
     */
    delete: operations["v1DeleteChat"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/chats/private": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open a private chat
     * @description Opens a one-to-one chat between the calling user and another user of the app, or returns the existing one.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1CreatePrivateChat"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/chats/reports/{chatName}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report a chat room
     * @description Reports a room for moderation, with a category and an explanation.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1ReportChat"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/chats/my": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List my rooms
     * @description Lists the rooms the calling user is a member of, with their members.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ListMyChats"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/chats/my/{chatName}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one of my rooms
     * @description Returns a room the calling user is a member of, with its members.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1GetMyChat"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/chats/public": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List public rooms
     * @description Lists the public rooms of the app of the calling user.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    get: operations["v1ListPublicChats"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/chats/users-access": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add members to a room
     * @description Gives users access to a room. Name the room by its short name and the users by XMPP username. Backends call it with the server JWT.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     *
     *     Assumptions (not attested by a source):
     *     - `serverBearer`: the server JWT alone in `Authorization: Bearer` is assumed to be accepted here; that form is confirmed only for the /v2 routes (the Ethora client sends both headers).
     */
    post: operations["v1GrantChatAccess"];
    /**
     * Remove members from a room
     * @description Takes away access to a room from users. The body has the same shape as when granting access. Backends call it with the server JWT.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     *
     *     Assumptions (not attested by a source):
     *     - `serverToken` and `serverBearer`: the server JWT is assumed to be accepted here as on the grant; only the user JWT is documented for removing access.
     */
    delete: operations["v1RevokeChatAccess"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/chats/media/{chatName}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload media to a room
     * @description Uploads files into a room the calling user is a member of.
     *
     *     Source: the vendor's published 2025-12 OpenAPI document.
     */
    post: operations["v1UploadChatMedia"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/users/batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create users in a background job
     * @description Queues the creation of 1 to 100 users in the app named by the server token and answers
     *     at once with a job receipt. Users that already exist are reported per user in the job
     *     result (`exists`, `uuid_exists`), not as an error. Poll `getUsersBatchJob` for the outcome.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     */
    post: operations["createUsers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/users/batch/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the status of a user batch
     * @description Returns the state of a job started by `createUsers`, and the per-user outcomes once it has
     *     completed. The shape is documented for the app-scoped twin (`getAppUsersBatchJob`) and
     *     assumed to be the same here.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 404 for an unknown `jobId`: assumed; the sources describe only the states of existing jobs.
     */
    get: operations["getUsersBatchJob"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/chats": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a chat room
     * @description Creates a chat room in the app named by the server token. Fails with 422 when a room with the same uuid exists.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     */
    post: operations["createChatRoom"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/chats/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List or find users
     * @description Lists users of the app named by the server token. Without filters it returns every user of
     *     the app; `chatName` limits the list to a room's members, `xmppUsername` and `userId` find
     *     one user.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 422 `VALIDATION_ERROR` for a body or query that fails validation: assumed; the platform is seen to answer so on user creation.
     */
    get: operations["listUsers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update users
     * @description Sets new names, usernames or avatars for 1 to 100 users of the app named by the server
     *     token, found by XMPP username. The email address cannot be changed here. Each user gets an
     *     outcome; a missing user is `not-found`, not an error.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 422 `VALIDATION_ERROR` for an update that sets `email`: the API is known to reject `email`; the status is assumed.
     */
    patch: operations["updateUsers"];
    trace?: never;
  };
  "/v2/chats/users-access": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Let users into a chat room
     * @description Makes one or more users members of a room of the app named by the server token. Whether
     *     repeating a grant is harmless is not documented.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 422 with a "not found" message for an unknown room or member: assumed from the v1 routes, which answer so for unknown rooms and users.
     */
    post: operations["grantUserAccessToChatRoom"];
    /**
     * Remove users from a chat room
     * @description Takes room membership away from one or more users of the app named by the server token.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 422 with a "not found" message for an unknown room or member: assumed from the v1 routes, which answer so for unknown rooms and users.
     */
    delete: operations["removeUserAccessFromChatRoom"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/chats/broadcast": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a message to many rooms
     * @description Queues a message to the rooms of the app the app token belongs to and answers at once with a job receipt. Give exactly
     *     one kind of target: `allRooms: true`, `chatIds` or `chatNames`; none or more than one is a
     *     400. Only admin and server credentials may send to all rooms.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 403 when a credential other than an admin or server credential sends to `allRooms`: the release notes restrict app-wide broadcasts; the status is assumed.
     */
    post: operations["broadcastToChats"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/chats/broadcast/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the status of a broadcast
     * @description Returns the state of a broadcast job of the app the app token belongs to. Use the credential that queued it.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 404 for an unknown `jobId`: assumed; the sources describe only the states of existing jobs.
     */
    get: operations["getBroadcastJob"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/bot": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the bot settings
     * @description Returns the chatbot settings of the app the app token belongs to.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - The settings are assumed to be the top-level fields of the answer; the envelope is not documented.
     */
    get: operations["getBot"];
    /**
     * Update the bot settings
     * @description Changes the chatbot settings of the app the app token belongs to; fields left out keep their values. Fails with 422 when the LLM provider or model is not enabled.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     */
    put: operations["updateBot"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/agents/{agentId}/reply": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask an agent for a reply
     * @description Sends a text to a saved agent and returns its answer with the model used and the tokens
     *     spent. The route is live but absent from the published API document, so its credential is
     *     taken to be the server JWT, like the other `/v2` server routes.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     */
    post: operations["createAgentReply"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the tenant's apps
     * @description Lists the apps the server credential may manage, one page at a time.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     */
    get: operations["listApps"];
    put?: never;
    /**
     * Create an app
     * @description Creates a tenant app. Fails with 422 when `displayName` is missing or invalid.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     */
    post: operations["createApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an app
     * @description Returns one app, under `result` or `app` depending on the deployment.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 404 `APP_NOT_FOUND` for an unknown `appId`: assumed; the sources attest the code only with 400, for a credential whose app was deleted.
     */
    get: operations["getApp"];
    put?: never;
    post?: never;
    /**
     * Delete an app
     * @description Deletes an app. What becomes of its users and rooms is not documented. Credentials of a deleted app fail with 400 `APP_NOT_FOUND`.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 404 `APP_NOT_FOUND` for an unknown `appId`: assumed; the sources attest the code only with 400, for a credential whose app was deleted.
     */
    delete: operations["deleteApp"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}/tokens": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an app's server tokens
     * @description Lists metadata of the app's server API tokens (id, label, times, status). Token values are never listed.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - The list is assumed to be under `tokens`; the envelope of the answer is not documented.
     */
    get: operations["listAppTokens"];
    put?: never;
    /**
     * Create a server token
     * @description Creates a server API token for the app. Its value is returned only in this response.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     */
    post: operations["createAppToken"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}/tokens/{tokenId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a server token
     * @description Revokes a token at once. Revoking a revoked token changes nothing.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 404 for an unknown `tokenId`: assumed from the rotate route, where it is attested.
     */
    delete: operations["revokeAppToken"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}/tokens/{tokenId}/rotate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate a server token
     * @description Replaces a token's value. The old value stops working at once; the new one is returned only in this response. 404 for an unknown token.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     */
    post: operations["rotateAppToken"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}/provision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Provision an app
     * @description Sets up an app in one call, for example its default rooms (a pinned room is one new users join). No limit on the number of rooms is documented.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     */
    post: operations["provisionApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}/bot": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the bot settings
     * @description Returns the chatbot settings of an app.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - The settings are assumed to be the top-level fields of the answer; the envelope is not documented.
     */
    get: operations["getAppBot"];
    /**
     * Update the bot settings
     * @description Changes the chatbot settings of an app; fields left out keep their values. Fails with 422 when the LLM provider or model is not enabled.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     */
    put: operations["updateAppBot"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}/chats": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the chat rooms of an app
     * @description Lists an app's rooms, optionally with their members.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     */
    get: operations["listChatsInApp"];
    put?: never;
    /**
     * Create a chat room in an app
     * @description Creates a room in an app. A member that does not exist gives 404 `USER_NOT_FOUND`.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 422 with an "already exists" message for an existing room: assumed from `createChatRoom`, where it is attested.
     */
    post: operations["createChatRoomInApp"];
    /**
     * Delete a chat room of an app
     * @description Deletes a room by its short name. Whether deleting a missing room is an error is not documented.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 422 with a "not found" message for a missing room: assumed from the v1 delete, which answers so; whether the v2 delete fails at all is not documented.
     */
    delete: operations["deleteChatRoomInApp"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}/chats/{chatName}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update a chat room
     * @description Sets a room's title or description.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 422 `VALIDATION_ERROR` for a body or query that fails validation: assumed; the platform is seen to answer so on user creation.
     */
    patch: operations["updateChatRoomInApp"];
    trace?: never;
  };
  "/v2/apps/{appId}/chats/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update users of an app
     * @description Sets new names for users of an app, found by XMPP username. How many users one call may
     *     update is not documented for this route.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 422 `VALIDATION_ERROR` for a body or query that fails validation: assumed; the platform is seen to answer so on user creation.
     */
    patch: operations["updateUsersInApp"];
    trace?: never;
  };
  "/v2/apps/{appId}/chats/users-access": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Let users into a chat room of an app
     * @description Makes users members of a room of an app. Members may be XMPP usernames or plain uuids. Whether repeating a grant is harmless is not documented.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 422 with a "not found" message for an unknown room or member: assumed from the v1 routes, which answer so for unknown rooms and users.
     */
    post: operations["grantUserAccessToChatRoomInApp"];
    /**
     * Remove users from a chat room of an app
     * @description Takes room membership away from users of an app. Members may be XMPP usernames or plain uuids.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 422 with a "not found" message for an unknown room or member: assumed from the v1 routes, which answer so for unknown rooms and users.
     */
    delete: operations["removeUserAccessFromChatRoomInApp"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}/chats/broadcast": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a message to many rooms
     * @description Queues a message to the rooms of an app and answers at once with a job receipt. Give exactly
     *     one kind of target: `allRooms: true`, `chatIds` or `chatNames`; none or more than one is a
     *     400. Only admin and server credentials may send to all rooms.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 403 when a credential other than an admin or server credential sends to `allRooms`: the release notes restrict app-wide broadcasts; the status is assumed.
     */
    post: operations["broadcastToAppChats"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}/chats/broadcast/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the status of a broadcast
     * @description Returns the state of a broadcast job of an app. Use the credential that queued it.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 404 for an unknown `jobId`: assumed; the sources describe only the states of existing jobs.
     */
    get: operations["getAppBroadcastJob"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}/users/batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create users in an app in a background job
     * @description Queues the creation of 1 to 100 users in an app and answers at once with a job receipt.
     *     Users that already exist are reported per user in the job result. Poll `getAppUsersBatchJob`.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 422 `VALIDATION_ERROR` for a user that fails validation: assumed from `createUsers`, where it is attested.
     */
    post: operations["createUsersInApp"];
    /**
     * Delete users of an app
     * @description Deletes users of an app by uuid. What happens to unknown uuids is not documented.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 422 `VALIDATION_ERROR` for a body or query that fails validation: assumed; the platform is seen to answer so on user creation.
     */
    delete: operations["deleteUsersInApp"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}/users/batch/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the status of a user batch in an app
     * @description Returns the state of a job started by `createUsersInApp`, and the per-user outcomes once it has completed.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     *
     *     Assumptions (not attested by a source):
     *     - 404 for an unknown `jobId`: assumed; the sources describe only the states of existing jobs.
     */
    get: operations["getAppUsersBatchJob"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/apps/{appId}/users/{userId}/chats": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a user's chat rooms
     * @description Lists the rooms a user of the app belongs to, optionally with each room's members.
     *
     *     Source: observed (the fact sheet: client code, live monitors and documentation that call this route).
     */
    get: operations["listUserChatsInApp"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description The error body the API returns with 4xx and 5xx statuses. Older routes may add fields, so others are allowed. */
    ErrorResponse: {
      /** @constant */
      success?: false;
      /** @description A human-readable message. Its wording is not part of the contract. */
      error: string;
      /**
       * @description A machine-readable code, on some answers only. The set is open: branch on the values below,
       *     and treat any other value (or none) as an error without a known code.
       *
       *     | code | answer | source |
       *     | --- | --- | --- |
       *     | `VALIDATION_ERROR` | 422: the input failed validation, such as a user name shorter than 2 characters | seen live on user creation; the vendor document names it as its example code |
       *     | `APP_NOT_FOUND` | 400: the app of the credential no longer exists, for example after it was deleted | Ethora's troubleshooting notes for server integrations |
       *     | `USER_NOT_FOUND` | 401 from the client-token exchange (`POST /v1/users/client`), which never creates users; 404 from room creation when a member does not exist | Ethora's notes on the client-token exchange; the uptime monitor's notes |
       */
      code?: string;
      /** @description Structured detail about the failure, when the API gives it. */
      details?: {
        [key: string]: unknown;
      };
      /** @description Legacy list or map of validation messages kept by older routes. */
      errors?: unknown;
      /** @description The server's id for this request, useful in support requests. */
      requestId?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A 24-character hexadecimal database id. */
    ObjectId: string;
    /** @description A plain acknowledgement. */
    OkResult: {
      ok: boolean;
    } & {
      [key: string]: unknown;
    };
    /** @description Receipt for work accepted for background processing (HTTP 202). Poll the job's status route with the same credential. */
    JobReceipt: {
      /** @description The id of the background job. */
      jobId: string;
      /** @description Path or URL of the job's status route; its exact format is not documented. */
      statusUrl?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Lifecycle state of a background job.
     * @enum {string}
     */
    JobState: "pending" | "running" | "completed" | "failed";
    /** @description A chat room as the API returns it. */
    ChatRoom: {
      _id?: components["schemas"]["ObjectId"];
      /** @description Short room name, `<appId>_<chatId>`. */
      name: string;
      /** @description Full room JID, `<appId>_<chatId>@conference.<xmppHost>`, where the API gives it. */
      jid?: string;
      title?: string;
      description?: string;
      /** @description Room type; `group` and `public` are known values. */
      type?: string;
      picture?: string;
      appId?: components["schemas"]["ObjectId"];
      createdBy?: string;
      /** Format: date-time */
      createdAt?: string;
      /** Format: date-time */
      updatedAt?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A new chat room. */
    CreateChatRoomRequest: {
      /** @description Room title shown to users. */
      title: string;
      /** @description The chat id chosen by the backend, without the `<appId>_` prefix. */
      uuid: string;
      /** @description Room type; `group` or `public`. The server's default when it is left out is not documented; send it explicitly. */
      type?: string;
      description?: string;
      picture?: string;
      /** @description XMPP usernames (`<appId>_<uuid>`) to add as members. */
      members?: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description Envelope around a created or fetched chat room. */
    ChatRoomResult: {
      result: components["schemas"]["ChatRoom"];
    } & {
      [key: string]: unknown;
    };
    /** @description A user of an app as the API returns it. Only some fields are documented; others may appear. */
    User: {
      _id?: components["schemas"]["ObjectId"];
      /** @description The user's XMPP username, `<appId>_<uuid>`. */
      xmppUsername?: string;
      firstName?: string;
      lastName?: string;
      username?: string;
      email?: string;
      profileImage?: string;
      appId?: components["schemas"]["ObjectId"];
    } & {
      [key: string]: unknown;
    };
    /** @description A user to create. Fields beyond those listed are passed through to the user's profile. */
    UserInput: {
      /** @description The user id chosen by the backend, without the `<appId>_` prefix. The XMPP username becomes `<appId>_<uuid>`. */
      uuid: string;
      /**
       * Format: email
       * @description The user's email address.
       */
      email: string;
      /** @description At least two characters. */
      firstName: string;
      /** @description At least two characters. */
      lastName: string;
      /** @description Optional login password. */
      password?: string;
      /** @description URL of the user's avatar. */
      profileImage?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A batch of users to create in one background job. */
    CreateUsersRequest: {
      /** @description Marks the users' email addresses as confirmed so no confirmation mail is sent. */
      bypassEmailConfirmation?: boolean;
      /** @description Between 1 and 100 users. */
      usersList: components["schemas"]["UserInput"][];
    } & {
      [key: string]: unknown;
    };
    /** @description Status of a user-batch job. `result` is present once the job has completed; `error` when it failed (its shape is not documented). */
    UsersBatchJob: {
      state: components["schemas"]["JobState"];
      result?: components["schemas"]["UsersBatchJobResult"];
      /** @description Why the job failed; the shape is not documented (a message or an object). */
      error?: unknown;
    } & {
      [key: string]: unknown;
    };
    /** @description The per-user outcomes of a finished user batch. */
    UsersBatchJobResult: {
      results: components["schemas"]["UsersBatchJobItem"][];
    } & {
      [key: string]: unknown;
    };
    /** @description The outcome for one user of a batch. */
    UsersBatchJobItem: {
      /**
       * @description The outcome. Known values: `created`, `exists` (the user already exists) and
       *     `uuid_exists` (the uuid is taken). Other values, such as a failure status, may appear;
       *     their names are not documented.
       */
      status: string;
      /** @description The user's XMPP username, `<appId>_<uuid>`. */
      xmppUsername?: string;
      user?: components["schemas"]["User"];
    } & {
      [key: string]: unknown;
    };
    /** @description New values for one user, found by XMPP username. The email address cannot be changed here. */
    UpdateUserInput: {
      /** @description The user's XMPP username, `<appId>_<uuid>`. */
      xmppUsername: string;
      firstName?: string;
      lastName?: string;
      username?: string;
      /** @description URL of the user's avatar. */
      profileImage?: string;
      email?: never;
    } & {
      [key: string]: unknown;
    };
    /** @description New values for 1 to 100 users of the app named by the server token. */
    UpdateUsersRequest: {
      users: components["schemas"]["UpdateUserInput"][];
    } & {
      [key: string]: unknown;
    };
    /** @description New values for users of an explicitly named app. The most one call may update is not documented. */
    UpdateUsersInAppRequest: {
      users: ({
        /** @description The user's XMPP username, `<appId>_<uuid>`. */
        xmppUsername: string;
        /** @description The user's uuid, without the `<appId>_` prefix. */
        uuid?: string;
        firstName?: string;
        lastName?: string;
      } & {
        [key: string]: unknown;
      })[];
    } & {
      [key: string]: unknown;
    };
    /** @description The outcome of a user update, one entry per requested user. */
    UpdateUsersResult: {
      results: ({
        xmppUsername: string;
        /**
         * @description `updated`, `not-found` (no such user) or `skipped` (nothing to change).
         * @enum {string}
         */
        status?: "updated" | "not-found" | "skipped";
        user?: components["schemas"]["User"];
      } & {
        [key: string]: unknown;
      })[];
    } & {
      [key: string]: unknown;
    };
    /** @description Users matching a query. Paging totals and other envelope fields are not documented, so others may appear. */
    UserList: {
      results: components["schemas"]["User"][];
    } & {
      [key: string]: unknown;
    };
    /** @description A room and the users whose access to it changes. */
    UsersAccessRequest: {
      /** @description The room's short name `<appId>_<chatId>` (app-scoped routes also take the full room JID). */
      chatName: string;
      /** @description XMPP usernames (`<appId>_<uuid>`) of the users. App-scoped routes also take plain uuids. */
      members: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description Acknowledgement of an access change. The v2 body is not documented (it may be empty); the v1 twin answers `{ ok }` and some clients read `results` (member objects). */
    UsersAccessResult: {
      ok?: boolean;
      results?: {
        [key: string]: unknown;
      }[];
    } & {
      [key: string]: unknown;
    };
    /** @description New values for a chat room. */
    UpdateChatRoomRequest: {
      title?: string;
      description?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description The room to delete. */
    DeleteChatRoomRequest: {
      /** @description The room's short name, `<appId>_<chatId>`, without the conference domain. */
      name: string;
    } & {
      [key: string]: unknown;
    };
    /** @description The users to delete. */
    DeleteUsersRequest: {
      /** @description The users' uuids, without the `<appId>_` prefix. */
      usersIdList: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description A chat room a user belongs to, with its members when they were asked for. */
    UserChat: components["schemas"]["ChatRoom"] & {
      /** @description Present when `includeMembers=true`. */
      members?: ({
        xmppUsername?: string;
      } & {
        [key: string]: unknown;
      })[];
    };
    /** @description The chat rooms of one user. */
    UserChatList: {
      chats: components["schemas"]["UserChat"][];
    } & {
      [key: string]: unknown;
    };
    /** @description A tenant app. Only some fields are documented; others appear. */
    App: {
      _id?: components["schemas"]["ObjectId"];
      displayName?: string;
      domainName?: string;
      appTagline?: string;
      logoImage?: string;
      sublogoImage?: string;
      primaryColor?: string;
      bundleId?: string;
      /** @description The app's legacy app token, used in `Authorization` by app-token routes. */
      appToken?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Envelope around one app. Deployments answer with `app` or with `result`; read whichever is present. */
    AppResult: {
      app?: components["schemas"]["App"];
      result?: components["schemas"]["App"];
    } & {
      [key: string]: unknown;
    };
    /** @description A page of the tenant's apps. The v2 body is not documented; the v1 list answers `{ apps, total }`, which is what these optional fields describe. */
    AppList: {
      apps?: components["schemas"]["App"][];
      total?: number;
    } & {
      [key: string]: unknown;
    };
    /** @description A new tenant app. */
    CreateAppRequest: {
      /** @description The app's name shown to users. */
      displayName: string;
      /** @description Alphanumeric and unique; the app is served at `<domainName>.chat.ethora.com` (documented for v1). */
      domainName?: string;
      appTagline?: string;
      logoImage?: string;
      sublogoImage?: string;
      primaryColor?: string;
      bundleId?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Metadata of a server API token; its value is never listed. The token list is documented to
     *     carry each token's id, label, creation and rotation times and status; only `tokenId` and
     *     `label` have documented field names, so the times appear under names of the API's choosing.
     */
    AppToken: {
      /** @description The token's id, used to revoke or rotate it. */
      tokenId: string;
      /** @description The name given at creation. */
      label?: string;
      /** @description The token's status; its values are not documented. */
      status?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description The app's server API tokens as metadata. The envelope is not documented; `tokens` is where the list is assumed to be. */
    AppTokenList: {
      tokens?: components["schemas"]["AppToken"][];
    } & {
      [key: string]: unknown;
    };
    /** @description A new or rotated server API token with its value. `token` is shown only in this answer; store it now. */
    CreatedAppToken: components["schemas"]["AppToken"] & {
      /** @description The token's value. */
      token: string;
    };
    /** @description Options for a new or rotated token. */
    AppTokenRequest: {
      /** @description A name that helps you tell tokens apart. */
      label?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description What to set up in an app. Only `rooms` is documented; other settings may be accepted. */
    ProvisionAppRequest: {
      /** @description Default rooms to create. No limit is documented. */
      rooms?: ({
        title: string;
        /** @description A pinned room is a default room that new users join. */
        pinned?: boolean;
      } & {
        [key: string]: unknown;
      })[];
    } & {
      [key: string]: unknown;
    };
    /** @description Settings of an app's chatbot. Every field is optional in an update; fields left out keep their values. */
    BotConfig: {
      /**
       * @description Whether the bot answers.
       * @enum {string}
       */
      status?: "on" | "off";
      /**
       * @description `any_message` answers every message; `/bot` only messages that start with `/bot`.
       * @enum {string}
       */
      trigger?: "any_message" | "/bot";
      /** @description A saved agent whose settings the bot uses. */
      savedAgentId?: string;
      /** @description The system prompt. */
      prompt?: string;
      greetingMessage?: string;
      /** @description Pins the bot to one room. */
      chatId?: string;
      /** @description Whether answers use the app's documents. */
      isRAG?: boolean;
      ragTags?: string[];
      botFirstName?: string;
      botLastName?: string;
      botDisplayName?: string;
      botAvatarUrl?: string;
      /** @description Must be a provider enabled for the install (else 422). */
      llmProvider?: string;
      /** @description Must be a model enabled for the install (else 422). */
      llmModel?: string;
      widgetPublicEnabled?: boolean;
      widgetPublicUrl?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description A message to send to many rooms. Give exactly one kind of target: `allRooms: true`, `chatIds` or
     *     `chatNames`; none or more than one is rejected with 400.
     */
    BroadcastRequest: {
      /** @description The message text. The maximum length is not documented. */
      text: string;
      /** @description Send to every room of the app (admin and server credentials only). */
      allRooms?: boolean;
      /** @description Chat ids, the part after `<appId>_`. */
      chatIds?: string[];
      /** @description Room JIDs or their local parts (`<appId>_<chatId>`). */
      chatNames?: string[];
      /** @description Extra data attached to the message; its semantics are not documented. */
      metadata?: {
        [key: string]: unknown;
      };
      /** @description Resolve the targets without sending; its exact semantics are not documented. */
      dryRun?: boolean;
    } & {
      [key: string]: unknown;
    };
    /** @description Status of a broadcast job. The shape of the per-room results is not documented. */
    BroadcastJob: {
      state: components["schemas"]["JobState"];
      /** @description Per-room outcomes; their fields are not documented. */
      results?: {
        [key: string]: unknown;
      }[];
    } & {
      [key: string]: unknown;
    };
    /** @description A message for an agent to answer. */
    AgentReplyRequest: {
      text: string;
    } & {
      [key: string]: unknown;
    };
    /** @description An agent's answer and what it cost. */
    AgentReply: {
      ok?: boolean;
      agentId?: string;
      /** @description The agent's answer. */
      reply?: string;
      /** @description The language model that answered. */
      model?: string;
      /** @description The documents the answer drew on; the type is not documented (a count or a list). */
      ragDocsUsed?: unknown;
      totalTokens?: number;
    } & {
      [key: string]: unknown;
    };
    /** @description A success body whose fields are not documented. Treat it as opaque; it may also be empty. */
    NotDocumented: {
      [key: string]: unknown;
    };
    /** @description A user account as the v1 routes return it. The API adds fields over time, so others are allowed. */
    V1User: {
      _id: components["schemas"]["ObjectId"];
      firstName?: string;
      lastName?: string;
      /** @description Primary e-mail address. */
      email?: string;
      /** @description Login name; for users created by a backend this is the XMPP username `<appId>_<uuid>`. */
      username?: string;
      /** @description Free-form labels set with the tag routes. */
      tags?: string[];
      /** @description URL of the avatar, or an empty string. */
      profileImage?: string;
      /** @description Every e-mail address linked to the account. */
      emails?: ({
        loginType?: string;
        email?: string;
        verified?: boolean;
        _id?: components["schemas"]["ObjectId"];
      } & {
        [key: string]: unknown;
      })[];
      appId?: components["schemas"]["ObjectId"];
      /** @description Password of the user's XMPP account. Treat it as a secret. */
      xmppPassword?: string;
      roles?: string[];
      defaultWallet?: {
        walletAddress?: string;
      } & {
        [key: string]: unknown;
      };
      isSuperAdmin?: {
        read?: boolean;
        write?: boolean;
      } & {
        [key: string]: unknown;
      };
      isProfileOpen?: boolean;
      isAssetsOpen?: boolean;
      isAgreeWithTerms?: boolean;
      homeScreen?: string;
      /** @description How the account was created, such as `email`. */
      registrationChannelType?: string;
      /** Format: date-time */
      createdAt?: string;
      /** Format: date-time */
      updatedAt?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description The public view of a user, as listed among chat members. Most fields may be null or absent. */
    V1UserSummary: {
      _id?: string;
      /** @description The id the backend chose at creation, without prefix. */
      uuid?: string | null;
      /** @description XMPP username, `<appId>_<uuid>`. */
      xmppUsername?: string;
      email?: string | null;
      firstName?: string | null;
      lastName?: string | null;
      username?: string | null;
      profileImage?: string | null;
      profilePicture?: string | null;
      description?: string | null;
      tags?: string[] | null;
    } & {
      [key: string]: unknown;
    };
    /** @description A user of the app, looked up by XMPP username. */
    V1AppUser: {
      _id: components["schemas"]["ObjectId"];
      firstName: string;
      lastName: string;
      /** @description XMPP username, `<appId>_<uuid>`. */
      xmppUsername: string;
      profileImage?: string;
      description?: string;
      email?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Envelope around one app user. */
    V1AppUserResult: {
      result: components["schemas"]["V1AppUser"];
    } & {
      [key: string]: unknown;
    };
    /** @description A room every new user of the app joins. */
    V1DefaultRoom: {
      /** @description Full room JID, `<appId>_<chatId>@conference.<xmppHost>`. */
      jid: string;
      /** @description Whether the room is pinned at the top of the room list. */
      pinned?: boolean;
    } & {
      [key: string]: unknown;
    };
    /** @description A default room as sent in a change of the app's settings. */
    V1DefaultRoomChange: {
      /** @description Full room JID, `<appId>_<chatId>@conference.<xmppHost>`. */
      jid?: string;
      /** @description Whether the room is pinned at the top of the room list. */
      pinned?: boolean;
    } & {
      [key: string]: unknown;
    };
    /** @description Usage counters of an app: totals and recent values. */
    V1AppStats: {
      totalRegistered?: number;
      recentlyRegistered?: number;
      totalSessions?: number;
      recentlySessions?: number;
      totalApiCalls?: number;
      recentlyApiCalls?: number;
      totalFiles?: number;
      recentlyFiles?: number;
      totalTransactions?: number;
      recentlyTransactions?: number;
      totalIssuance?: number;
      recentlyIssuance?: number;
    } & {
      [key: string]: unknown;
    };
    /** @description A tenant app and its settings, as the v1 routes return it. Other fields are allowed. */
    V1App: {
      _id: components["schemas"]["ObjectId"];
      displayName: string;
      /** @description Subdomain of the app; the install serves it as `<domainName>.chat.ethora.com` on Ethora Cloud. */
      domainName?: string;
      creatorId?: components["schemas"]["ObjectId"];
      bundleId?: string;
      primaryColor?: string;
      secondaryColor?: string;
      coinSymbol?: string;
      /** @description Name of the app coin. The vendor document types it as a boolean in responses and a string in forms, so both are accepted. */
      coinName?: string | boolean;
      defaultAccessProfileOpen?: boolean;
      defaultAccessAssetsOpen?: boolean;
      usersCanFree?: boolean;
      isUserDataEncrypted?: boolean;
      /** @description Parent app, where the app was created under another one. The vendor document types it as a boolean; ids and null are accepted too. */
      parentAppId?: string | boolean | null;
      isAllowedNewAppCreate?: boolean;
      isBaseApp?: boolean;
      defaultRooms?: components["schemas"]["V1DefaultRoom"][];
      /** Format: date-time */
      createdAt?: string;
      /** Format: date-time */
      updatedAt?: string;
      /** @description The legacy app token (the `appJwt` credential). Treat it as a secret. */
      appToken?: string;
      stats?: components["schemas"]["V1AppStats"];
    } & {
      [key: string]: unknown;
    };
    /** @description One page of apps. */
    V1AppList: {
      apps: components["schemas"]["V1App"][];
      total?: number;
      limit?: number;
      offset?: number;
    } & {
      [key: string]: unknown;
    };
    /** @description Envelope `{ app }` around one app. */
    V1AppEnvelope: {
      app: components["schemas"]["V1App"];
    } & {
      [key: string]: unknown;
    };
    /** @description Envelope `{ result }` around one app. */
    V1AppResult: {
      result: components["schemas"]["V1App"];
    } & {
      [key: string]: unknown;
    };
    /** @description Public configuration of the app serving a domain, including the XMPP host chat clients connect to. */
    V1AppConfigResult: {
      result: components["schemas"]["V1App"] & {
        /** @description XMPP host of the install; room JIDs end in `@conference.<xmppHost>`. */
        xmppHost: string;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description A default room of an app that was just created or removed. */
    V1AppChatResult: {
      result: {
        title?: string;
        /** @description Full room JID. */
        jid?: string;
        creator?: string;
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description A signed-in user: the account and the tokens of its session. */
    V1UserSession: {
      success?: boolean;
      msg?: string;
      /** @description The user JWT, already prefixed with `JWT `; send it verbatim in `Authorization`. */
      token: string;
      /** @description Token that obtains a new user JWT from the refresh route. */
      refreshToken: string;
      /** @description Token for the chat (XMPP over WebSocket) connection, where the install issues one. */
      wsToken?: string | null;
      user: components["schemas"]["V1User"];
      app?: {
        isUserDataEncrypted?: boolean | null;
      } & {
        [key: string]: unknown;
      };
      isAllowedNewAppCreate?: boolean | null;
    } & {
      [key: string]: unknown;
    };
    /** @description A fresh pair of session tokens. */
    V1AuthTokens: {
      /** @description New user JWT. */
      token: string;
      refreshToken: string;
      wsToken?: string | null;
    } & {
      [key: string]: unknown;
    };
    /** @description Envelope `{ user }` around one user. */
    V1UserEnvelope: {
      user: components["schemas"]["V1User"];
    } & {
      [key: string]: unknown;
    };
    /** @description Users created in one synchronous call, in request order. */
    V1UsersBatchResult: {
      ok?: boolean;
      results: components["schemas"]["V1User"][];
    } & {
      [key: string]: unknown;
    };
    /** @description One page of the users of an app. */
    V1UserPage: {
      items: components["schemas"]["V1User"][];
      limit?: number;
      offset?: number;
      total?: number;
      orderBy?: string;
      /** @enum {string} */
      order?: "asc" | "desc";
    } & {
      [key: string]: unknown;
    };
    /** @description An acknowledgement with an optional message. */
    V1SuccessResult: {
      success: boolean;
      msg?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A user to create from a backend. Extra profile fields are passed through. */
    V1NewUser: {
      /** @description Stable id chosen by the backend, without the `<appId>_` prefix; the XMPP username becomes `<appId>_<uuid>`. */
      uuid?: string;
      email?: string;
      firstName?: string;
      lastName?: string;
      /** @description Optional; without it the user signs in through the backend only. */
      password?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Users to create synchronously. The most one call may create is not documented for this route. */
    V1CreateUsersBatchRequest: {
      /** @description Mark the e-mail addresses as verified instead of sending confirmation mail. */
      bypassEmailConfirmation?: boolean;
      usersList?: components["schemas"]["V1NewUser"][];
    } & {
      [key: string]: unknown;
    };
    /** @description The users an operation applies to. */
    V1UserIdListRequest: {
      /** @description User ids: the plain uuids chosen at creation (no `<appId>_` prefix) or database ids, as the route expects. */
      usersIdList: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description Tags to apply to a set of users. */
    V1UserTagsRequest: {
      /** @description Database ids of the users. */
      usersIdList?: string[];
      tagsList?: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description Profile fields to change, sent as a form; only the fields given are changed. */
    V1UserProfileForm: {
      /**
       * Format: binary
       * @description New avatar image.
       */
      file?: string;
      firstName?: string;
      lastName?: string;
      username?: string;
      email?: string;
      phone?: string;
      company?: string;
      addressLine1?: string;
      addressLine2?: string;
      street?: string;
      city?: string;
      country?: string;
      zip?: string;
      description?: string;
      isProfileOpen?: boolean;
      isAssetsOpen?: boolean;
    } & {
      [key: string]: unknown;
    };
    /** @description Sign-in with a Google, Facebook or Apple identity token. */
    V1SocialAuthRequest: {
      /** @enum {string} */
      loginType: "google" | "facebook" | "apple";
      /** @description Token issued by the identity provider. */
      authToken: string;
      /** @description Listed as required by the vendor document but not described there. */
      password?: string;
      /** @enum {string} */
      signupPlan?: "business" | "free";
      /** @description Campaign tag recorded with a new account. */
      utm?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Sign-in by signing a message with an EVM wallet. */
    V1WalletLoginRequest: {
      loginType?: string;
      walletAddress: string;
      signature: string;
      /** @description The message that was signed. */
      msg: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Registration by signing a message with an EVM wallet. */
    V1WalletRegistrationRequest: {
      loginType?: string;
      walletAddress: string;
      signature: string;
      /** @description The message that was signed. */
      msg: string;
      firstName: string;
      lastName: string;
      utm?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description An uploaded file. */
    V1FileRecord: {
      _id: components["schemas"]["ObjectId"];
      userId?: components["schemas"]["ObjectId"];
      /** @description Kind of owner, such as `user`. */
      ownerKey?: string;
      /** @description URL of the stored file. */
      location: string;
      /** @description URL of a preview image, for images and videos. */
      locationPreview?: string | null;
      /** @description Length of audio or video. */
      duration?: string | null;
      originalname?: string;
      filename?: string;
      mimetype?: string;
      /** @description Size in bytes. The vendor document shows it both as a number and as a numeric string. */
      size?: number | string;
      expiresAt?: string | null;
      /** @description The vendor document shows it both as a boolean and as a string. */
      isPrivate?: boolean | string | null;
      createdAt?: string | null;
      updatedAt?: string | null;
    } & {
      [key: string]: unknown;
    };
    /** @description The files stored by one upload. */
    V1FileUploadResult: {
      success: boolean;
      results: components["schemas"]["V1FileRecord"][];
    } & {
      [key: string]: unknown;
    };
    /** @description One page of the caller's files. */
    V1FileList: {
      limit: number;
      offset: number;
      total: number;
      items: components["schemas"]["V1FileRecord"][];
    } & {
      [key: string]: unknown;
    };
    /** @description A chat room as the v1 routes return it; members are listed where the route includes them. */
    V1ChatRoom: {
      _id?: string | null;
      /** @description Short room name: `<appId>_<chatId>` for rooms, `<xmppUsernameA>-<xmppUsernameB>` for private chats. */
      name: string;
      title?: string | null;
      description?: string | null;
      /** @description `group`, `public` or `private`. */
      type?: string | null;
      picture?: string | null;
      appId?: string | null;
      createdBy?: string | null;
      /** @description Whether the caller reported the room. */
      reported?: boolean | null;
      members?: components["schemas"]["V1UserSummary"][] | null;
      createdAt?: string | null;
      updatedAt?: string | null;
    } & {
      [key: string]: unknown;
    };
    /** @description Envelope `{ result }` around one room. */
    V1ChatRoomResult: {
      result: components["schemas"]["V1ChatRoom"];
    } & {
      [key: string]: unknown;
    };
    /** @description Rooms as `{ results }`. */
    V1ChatRoomList: {
      results: components["schemas"]["V1ChatRoom"][];
    } & {
      [key: string]: unknown;
    };
    /** @description Rooms as `{ items }`. */
    V1ChatRoomItems: {
      items: components["schemas"]["V1ChatRoom"][];
    } & {
      [key: string]: unknown;
    };
    /** @description One page of rooms. */
    V1ChatRoomPage: {
      limit: number;
      offset: number;
      total: number;
      items: components["schemas"]["V1ChatRoom"][];
    } & {
      [key: string]: unknown;
    };
    /** @description A new chat room created by the calling user. */
    V1CreateChatRequest: {
      title?: string;
      /** @description Chat id chosen by the caller, without the `<appId>_` prefix. */
      uuid?: string;
      description?: string;
      /** @description `group` or `public`. */
      type?: string;
      picture?: string;
      /** @description XMPP usernames, `<appId>_<uuid>`. */
      members?: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description Members to add to or remove from a room. */
    V1ChatMembersRequest: {
      /** @description Short room name, `<appId>_<chatId>` (no conference domain). */
      chatName?: string;
      /** @description XMPP usernames `<appId>_<uuid>`; recent servers also accept plain uuids. */
      members?: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description Result of granting room access. The vendor document gives `{ ok }`; chat clients also read a `results` list of the members. */
    V1ChatAccessResult: {
      ok?: boolean;
      results?: components["schemas"]["V1UserSummary"][];
    } & {
      [key: string]: unknown;
    };
    /** @description The room to delete. */
    V1DeleteChatRequest: {
      /** @description Short room name, `<appId>_<chatId>` (no conference domain). */
      name: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A link that shares one of the caller's resources. */
    V1Sharelink: {
      userId?: components["schemas"]["ObjectId"];
      walletAddress?: string;
      /** @description Expiry time; `-1` means the link never expires. */
      expiration?: number;
      memo?: string | null;
      /** @description What is shared, such as `profile`. */
      resource?: string;
      /** @description The access token carried by the link. */
      token: string;
      targetRecordId?: string | null;
    } & {
      [key: string]: unknown;
    };
    /** @description The link just created. */
    V1SharelinkCreated: {
      sharelinkData: components["schemas"]["V1Sharelink"];
    } & {
      [key: string]: unknown;
    };
    /** @description The caller's links. */
    V1SharelinkList: {
      items: components["schemas"]["V1Sharelink"][];
    } & {
      [key: string]: unknown;
    };
    /** @description Flags of one permission area; `disabled` lists the actions that cannot be granted there. */
    V1AclPermission: {
      create?: boolean;
      read?: boolean;
      update?: boolean;
      delete?: boolean;
      admin?: boolean;
      disabled?: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description Permissions of a user in an app, by area. */
    V1AclRules: {
      network?: {
        netStats?: components["schemas"]["V1AclPermission"];
      } & {
        [key: string]: unknown;
      };
      application?: {
        appCreate?: components["schemas"]["V1AclPermission"];
        appSettings?: components["schemas"]["V1AclPermission"];
        appUsers?: components["schemas"]["V1AclPermission"];
        appTokens?: components["schemas"]["V1AclPermission"];
        appPush?: components["schemas"]["V1AclPermission"];
        appStats?: components["schemas"]["V1AclPermission"];
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description Permission flags to set for a user in an app, by area; flags left out keep their values. The flags listed are those the vendor document names for each area; others are passed through. */
    V1AclChange: {
      network?: {
        netStats?: {
          read?: boolean;
        } & {
          [key: string]: unknown;
        };
      } & {
        [key: string]: unknown;
      };
      application?: {
        appCreate?: {
          create?: boolean;
        } & {
          [key: string]: unknown;
        };
        appSettings?: {
          read?: boolean;
          update?: boolean;
          admin?: boolean;
        } & {
          [key: string]: unknown;
        };
        appUsers?: {
          create?: boolean;
          read?: boolean;
          update?: boolean;
          delete?: boolean;
          admin?: boolean;
        } & {
          [key: string]: unknown;
        };
        appTokens?: {
          create?: boolean;
          read?: boolean;
          update?: boolean;
          admin?: boolean;
        } & {
          [key: string]: unknown;
        };
        appPush?: {
          create?: boolean;
          read?: boolean;
          update?: boolean;
          admin?: boolean;
        } & {
          [key: string]: unknown;
        };
        appStats?: {
          read?: boolean;
          admin?: boolean;
        } & {
          [key: string]: unknown;
        };
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description The permissions of one user in one app. */
    V1AclRecord: components["schemas"]["V1AclRules"] & {
      _id?: components["schemas"]["ObjectId"];
      userId?: components["schemas"]["ObjectId"];
      appId?: components["schemas"]["ObjectId"];
      /** Format: date-time */
      createdAt?: string;
      /** Format: date-time */
      updatedAt?: string;
    };
    /** @description The public profile of a wallet owner: name, picture, balances and shared documents. */
    V1WalletProfile: {
      /** @description Coin and NFT balances; their fields vary by token kind. */
      balances?: ({
        tokenName?: string;
        tokenSymbol?: string;
        tokenType?: string;
        balance?: number;
        contractAddress?: string;
      } & {
        [key: string]: unknown;
      })[];
      documents?: {
        [key: string]: unknown;
      }[];
      firstName?: string;
      lastName?: string;
      description?: string;
      profileImage?: string;
    } & {
      [key: string]: unknown;
    };
  };
  responses: {
    /** @description The app of the credential no longer exists (code `APP_NOT_FOUND`), for example because it was deleted. The vendor document also uses 400 for a malformed request on the v1 routes. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The credential is missing, malformed, expired or signed with the wrong key. Server routes answer a request without a token with the message `Missing token`; other message texts are not documented. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The credential is valid but may not perform this operation. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The addressed resource does not exist. The vendor document declares this answer without saying which resource is missing; the message text is not documented. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The request body or parameters failed validation (code `VALIDATION_ERROR`), or the addressed entity was not found or already exists. The message names the offending field; its exact text is not documented. */
    ValidationFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The server failed to handle the request. */
    ServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The user has not confirmed the e-mail address given at sign-up. The vendor document declares no body for this answer. */
    EmailNotConfirmed: {
      headers: {
        [name: string]: unknown;
      };
      content?: never;
    };
    /** @description A user in the list failed validation (code `VALIDATION_ERROR`); for example, `firstName` and `lastName` must each have at least 2 characters. */
    UsersValidationFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description An update failed validation (code `VALIDATION_ERROR`); for example, it tried to change `email`, which cannot be changed here. The message text is not documented. */
    UserUpdateInvalid: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description A room with this uuid already exists (the message says "already exists"), or the body failed validation. The exact message text is not documented. */
    ChatRoomExists: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The room or one of the members does not exist (the message says "not found"), or the body failed validation. The message text and any code are not documented. */
    AccessTargetNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The broadcast names no target, or more than one kind of target; give exactly one of `allRooms`, `chatIds` or `chatNames`. The message text is not documented. */
    BroadcastTargetInvalid: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The chosen LLM provider or model is not enabled for this installation, or the settings failed validation. The message text is not documented. */
    BotModelNotEnabled: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The app named by `appId` does not exist. */
    AppNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description A user named in `members` does not exist (code `USER_NOT_FOUND`). */
    UserNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The app has no server token with this `tokenId`. The message text is not documented. */
    TokenNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description No job with this `jobId` belongs to the app; poll with the credential that queued it. The message text is not documented. */
    JobNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The client JWT is missing, malformed or wrongly signed, or names a user that does not exist (code `USER_NOT_FOUND`); this route never creates users. */
    ClientUserNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
  };
  parameters: {
    /** @description Page size. The allowed range and the default are not documented for this route. */
    Limit: number;
    /** @description Number of items to skip. The default is not documented for this route. */
    Offset: number;
    /** @description Page size, from 1 to 500; 100 unless given. */
    V1Limit: number;
    /** @description Number of items to skip; 0 unless given. */
    V1Offset: number;
    /** @description The app's 24-hex id. */
    AppId: components["schemas"]["ObjectId"];
    /** @description The id of a background job, as returned in a `202` receipt. */
    JobId: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  v1ListApps: {
    parameters: {
      query?: {
        /** @description Page size, from 1 to 500; 100 unless given. */
        limit?: components["parameters"]["V1Limit"];
        /** @description Number of items to skip; 0 unless given. */
        offset?: components["parameters"]["V1Offset"];
        /** @description Field to sort by. */
        orderBy?: "displayName" | "totalRegistered" | "totalSessions" | "totalApiCalls" | "totalFiles" | "totalTransactions" | "createdAt" | "totalChats";
        /** @description Sort direction. */
        order?: "asc" | "desc";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of apps. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1AppList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1CreateApp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          displayName: string;
          /** @description Alphanumeric subdomain; must be unique. */
          domainName?: string;
          appDescription?: string;
          defaultAccessProfileOpen?: boolean;
          defaultAccessAssetsOpen?: boolean;
          usersCanFree?: boolean;
          /** Format: binary */
          logoImage?: string;
          /** Format: binary */
          loginScreenBackgroundImage?: string;
          /** Format: binary */
          coinLogoImage?: string;
          bundleId?: string;
          primaryColor?: string;
          secondaryColor?: string;
          coinSymbol?: string;
          coinName?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The new app, with its app token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1AppEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ListAppUsers: {
    parameters: {
      query?: {
        /** @description Page size, from 1 to 500; 100 unless given. */
        limit?: components["parameters"]["V1Limit"];
        /** @description Number of items to skip; 0 unless given. */
        offset?: components["parameters"]["V1Offset"];
        /** @description Field to sort by. `firsName` is the spelling the API accepts for the first name. */
        orderBy?: "firsName" | "lastName" | "createdAt";
        /** @description Sort direction. */
        order?: "asc" | "desc";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of users. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1GetAppUserByXmppUsername: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description XMPP username, `<appId>_<uuid>`, URL-encoded. */
        xmppUsername: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1AppUserResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1GetApp: {
    parameters: {
      query?: {
        /** @description Page size, from 1 to 500; 100 unless given. */
        limit?: components["parameters"]["V1Limit"];
        /** @description Number of items to skip; 0 unless given. */
        offset?: components["parameters"]["V1Offset"];
        /** @description Field to sort by. */
        orderBy?: "displayName" | "totalRegistered" | "totalSessions" | "totalApiCalls" | "totalFiles" | "totalTransactions" | "createdAt" | "totalChats";
        /** @description Sort direction. */
        order?: "asc" | "desc";
      };
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app, as a one-item page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1AppList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1UpdateApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          displayName?: string;
          /** @description Alphanumeric subdomain; must be unique. */
          domainName?: string;
          appDescription?: string;
          defaultAccessProfileOpen?: boolean;
          defaultAccessAssetsOpen?: boolean;
          usersCanFree?: boolean;
          /** Format: binary */
          loginScreenBackgroundImage?: string;
          /** Format: binary */
          coinLogoImage?: string;
          primaryColor?: string;
          secondaryColor?: string;
          coinSymbol?: string;
          coinName?: string;
          /** Format: binary */
          googleServicesJson?: string;
          /** Format: binary */
          GoogleServiceInfoPlist?: string;
          /** Format: binary */
          GoogleServiceInfoPlist2?: string;
          firebaseWebConfigString?: string;
          loginBackgroundColor?: string;
          /** @description URL of the logo. */
          logoImage?: string;
          sublogoImage?: string;
          appTagline?: string;
          defaultRooms?: components["schemas"]["V1DefaultRoomChange"][];
          botStatus?: string;
          botPrompt?: string;
          botGreetingMessage?: string;
          botTrigger?: string;
          botChatId?: string;
          botFirstName?: string;
          botLastName?: string;
          botIsRAG?: boolean;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The updated app. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1AppResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1DeleteApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1CreateAppDefaultRoom: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          title: string;
          pinned: boolean;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The new default room. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1AppChatResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1DeleteAppDefaultRoom: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /** @description Full room JID. */
          chatJid: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The removed room. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1AppChatResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1UpdateAppUserDefaults: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          defaultAccessProfileOpen?: boolean;
          defaultAccessAssetsOpen?: boolean;
          usersCanFree?: boolean;
          defaultRooms?: components["schemas"]["V1DefaultRoomChange"][];
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The updated app (not wrapped in an envelope). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1App"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1CheckDomainName: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          domainName: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Whether the name is in use. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            exists: boolean;
          } & {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1GetAppConfig: {
    parameters: {
      query: {
        /** @description The domain the app is served at, such as `chat.ethora.com` or a custom domain. */
        domainName: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1AppConfigResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ListDefaultRooms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The default rooms. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1DefaultRoom"][];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ListDefaultRoomsOfApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The default rooms. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1DefaultRoom"][];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1RotateAppJwt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app with its new token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1AppEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1GetAppStatistics: {
    parameters: {
      query?: {
        /** @description First day of the range. */
        startDate?: string;
        /** @description Last day of the range. */
        endDate?: string;
      };
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Totals and series. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            sessionsCount?: number;
            apiCallCount?: number;
            issuanceCount?: number;
            transactionsCount?: number;
            sessions?: {
              x?: number[];
              y?: number[];
            } & {
              [key: string]: unknown;
            };
            apiCalls?: {
              x?: number[];
              y?: number[];
            } & {
              [key: string]: unknown;
            };
            issuance?: {
              x?: number[];
              y?: number[];
            } & {
              [key: string]: unknown;
            };
            transactions?: {
              x?: number[];
              y?: number[];
            } & {
              [key: string]: unknown;
            };
          } & {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ExportAppStatisticsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The statistics as CSV. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ListFiles: {
    parameters: {
      query?: {
        /** @description Page size; 10 unless given. */
        limit?: number;
        /** @description Number of items to skip; 0 unless given. */
        offset?: components["parameters"]["V1Offset"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of files. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1FileList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1UploadFiles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /** @description One or more files, each sent as its own `files` part. A lone part is described as a single binary value, since multipart parsers (and Prism) do not turn one part into a list. */
          files: string | string[];
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The stored files. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1FileUploadResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1GetFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The file's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file record. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1FileRecord"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1DeleteFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The file's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1SuccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1UpdateCurrentUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": components["schemas"]["V1UserProfileForm"];
      };
    };
    responses: {
      /** @description The updated user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1UserEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1RegisterUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1SocialAuthRequest"] | components["schemas"]["V1WalletRegistrationRequest"];
      };
    };
    responses: {
      /** @description The new user, signed in. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1UserSession"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1SignUpWithEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          email?: string;
          firstName?: string;
          lastName?: string;
          /** @description Campaign tag recorded with the account. */
          utm?: string;
          /** @enum {string} */
          signupPlan?: "business" | "free";
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The sign-up mail was sent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  signUpWithEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          email: string;
          firstName: string;
          lastName?: string;
          /** @description Campaign tag recorded with the account. */
          utm?: string;
          password: string;
          /** @description Bot-check (captcha) token from the sign-up page. */
          cfToken: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The account was created and the confirmation mail sent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ResendSignUpEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          email?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The mail was sent again. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1CreateUserInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          email?: string;
          firstName?: string;
          lastName?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The new user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1UserEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1CreateUsersInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          usersList?: ({
            email?: string;
            firstName?: string;
            lastName?: string;
          } & {
            [key: string]: unknown;
          })[];
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The new users. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1UsersBatchResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1CreateUsersBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1CreateUsersBatchRequest"];
      };
    };
    responses: {
      /** @description The created users, in request order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1UsersBatchResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["UsersValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1DeleteUsersBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1UserIdListRequest"];
      };
    };
    responses: {
      /** @description The users were deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description The body failed validation, or nothing matched the given names (the API reports a missing entity as 422 with a "not found" message). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      500: components["responses"]["ServerError"];
    };
  };
  v1SetUserTags: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1UserTagsRequest"];
      };
    };
    responses: {
      /** @description The tags were changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1AddUserTags: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1UserTagsRequest"];
      };
    };
    responses: {
      /** @description The tags were changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1RemoveUserTags: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1UserTagsRequest"];
      };
    };
    responses: {
      /** @description The tags were changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1AcceptTerms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          isAgreeWithTerms?: boolean;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The choice was stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1Login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1SocialAuthRequest"] | components["schemas"]["V1WalletLoginRequest"];
      };
    };
    responses: {
      /** @description The user and its session tokens. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1UserSession"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["EmailNotConfirmed"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1GetCurrentUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user and its session. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1UserSession"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1LoginWithEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          email?: string;
          password?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The user and its session tokens. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1UserSession"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1Logout: {
    parameters: {
      query?: {
        /** @description Which sessions to end. */
        type?: "all" | "current" | "except-current";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sessions were ended. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ExchangeClientToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user and its session tokens. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1UserSession"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["ClientUserNotFound"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1SetPermanentPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          tempPassword?: string;
          password?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The password was set. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1RefreshSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description New session tokens. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1AuthTokens"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ChangePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Current password. */
          password?: string;
          /** @description New password. */
          npassword?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Outcome of the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1SuccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1VerifyEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          password?: string;
          npassword?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Outcome of the verification. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1SuccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ResendVerificationLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          email?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The link was sent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1SuccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1RequestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          email?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The mail was sent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1SuccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ResetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          token?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The password was reset. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1CheckEmail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The e-mail address, URL-encoded. */
        email: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Whether the address is in use. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1SuccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ListUsersOfApp: {
    parameters: {
      query?: {
        /** @description Page size, from 1 to 500; 100 unless given. */
        limit?: components["parameters"]["V1Limit"];
        /** @description Number of items to skip; 0 unless given. */
        offset?: components["parameters"]["V1Offset"];
        /** @description Field to sort by. */
        orderBy?: "email" | "createdAt" | "firstName" | "lastName";
        /** @description Sort direction. */
        order?: "asc" | "desc";
      };
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of users. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1UserPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1UpdateUserInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
        /** @description The user's 24-hex database id. */
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": components["schemas"]["V1UserProfileForm"];
      };
    };
    responses: {
      /** @description The updated user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1UserEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1GetWalletProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The user's wallet address. */
        walletAddress: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The profile. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1WalletProfile"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1GetSharedWalletProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The user's wallet address. */
        walletAddress: string;
        /** @description The token of the share link. */
        accessToken: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The profile. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1WalletProfile"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      /** @description The share-link token is invalid or expired. */
      498: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      500: components["responses"]["ServerError"];
    };
  };
  v1AddReferral: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          referrerId?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The referral was stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1SuccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1DeleteCurrentUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1DeleteUsersInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1UserIdListRequest"];
      };
    };
    responses: {
      /** @description The users were deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ResetPasswordsInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1UserIdListRequest"];
      };
    };
    responses: {
      /** @description The passwords were reset. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ListEmails: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The addresses. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            emails: ({
              email: string;
              verified?: boolean;
            } & {
              [key: string]: unknown;
            })[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1AddEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description How the address is used to sign in, such as `email`. */
          loginType?: string;
          email?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The address was linked. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1SuccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1DeleteEmail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The address, URL-encoded. */
        email: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The address was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1SuccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1RecordPayment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          type?: string;
          transaction?: {
            [key: string]: unknown;
          };
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The payment was recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1CheckExternalWallet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          walletAddress?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Outcome of the check. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ListMyAcls: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The permissions, one record per app. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            result: components["schemas"]["V1AclRecord"][];
          } & {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1UpdateUserAcl: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
        /** @description The user's 24-hex database id. */
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1AclChange"];
      };
    };
    responses: {
      /** @description The updated permissions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            result: components["schemas"]["V1AclRecord"];
          } & {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ExportMyData: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The data as a JSON attachment. */
      200: {
        headers: {
          /** @description Marks the body as a file download, `attachment; filename=exportData.json`. */
          "Content-Disposition"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ExportAppUsers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The users as a JSON attachment. */
      200: {
        headers: {
          /** @description Marks the body as a file download, `attachment; filename=exportData.json`. */
          "Content-Disposition"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1CreateSharelink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description What to share, such as `profile`. */
          resource?: string;
          /** @description When the link expires; `-1` for never. */
          expiration?: number;
          /** @description A note for the owner about whom the link is for. */
          memo?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The new link. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1SharelinkCreated"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ListSharelinks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The links. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1SharelinkList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1DeleteSharelink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The token of the link. */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The link was revoked. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ListCreatedChats: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rooms. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1ChatRoomList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1CreateChat: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1CreateChatRequest"];
      };
    };
    responses: {
      /** @description The new room. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1ChatRoomResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1DeleteChat: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1DeleteChatRequest"];
      };
    };
    responses: {
      /** @description The room was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description The body failed validation, or nothing matched the given names (the API reports a missing entity as 422 with a "not found" message). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      500: components["responses"]["ServerError"];
    };
  };
  v1CreatePrivateChat: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description XMPP username of the other user, `<appId>_<uuid>`. */
          username?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The private chat. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1ChatRoomResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ReportChat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Short room name, `<appId>_<chatId>`, URL-encoded. */
        chatName: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          category?: string;
          text?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The report was stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ListMyChats: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rooms. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1ChatRoomItems"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1GetMyChat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Short room name, `<appId>_<chatId>`, URL-encoded. */
        chatName: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The room. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1ChatRoomResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1ListPublicChats: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of public rooms. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1ChatRoomPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1GrantChatAccess: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1ChatMembersRequest"];
      };
    };
    responses: {
      /** @description Access was granted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["V1ChatAccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["AccessTargetNotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  v1RevokeChatAccess: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["V1ChatMembersRequest"];
      };
    };
    responses: {
      /** @description Access was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  v1UploadChatMedia: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Short room name, `<appId>_<chatId>`, URL-encoded. */
        chatName: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /** @description One or more files, each sent as its own `files` part. A lone part is described as a single binary value, since multipart parsers (and Prism) do not turn one part into a list. */
          files?: string | string[];
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The files were stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OkResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      500: components["responses"]["ServerError"];
    };
  };
  createUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateUsersRequest"];
      };
    };
    responses: {
      /** @description The batch was accepted; its outcome is in the job. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["JobReceipt"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["UsersValidationFailed"];
    };
  };
  getUsersBatchJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of a background job, as returned in a `202` receipt. */
        jobId: components["parameters"]["JobId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job's state and, once completed, its per-user results. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsersBatchJob"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["JobNotFound"];
    };
  };
  createChatRoom: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateChatRoomRequest"];
      };
    };
    responses: {
      /** @description The created room. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ChatRoomResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["ChatRoomExists"];
    };
  };
  listUsers: {
    parameters: {
      query?: {
        /** @description A group room's short name `<appId>_<chatId>`, or a 1:1 chat as `<xmppUsernameA>-<xmppUsernameB>`. */
        chatName?: string;
        /** @description A user's XMPP username, `<appId>_<uuid>`. */
        xmppUsername?: string;
        /** @description A user's uuid (as given at creation) or database `_id`. */
        userId?: string;
        /** @description Page size, from 1 to 500. */
        limit?: number;
        /** @description Number of users to skip. */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The matching users. Paging totals are not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["ValidationFailed"];
    };
  };
  updateUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateUsersRequest"];
      };
    };
    responses: {
      /** @description One outcome per requested user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UpdateUsersResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["UserUpdateInvalid"];
    };
  };
  grantUserAccessToChatRoom: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UsersAccessRequest"];
      };
    };
    responses: {
      /** @description Access was granted. The v2 body is not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsersAccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["AccessTargetNotFound"];
    };
  };
  removeUserAccessFromChatRoom: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UsersAccessRequest"];
      };
    };
    responses: {
      /** @description Access was removed. The body is not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsersAccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["AccessTargetNotFound"];
    };
  };
  broadcastToChats: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BroadcastRequest"];
      };
    };
    responses: {
      /** @description The broadcast was accepted; poll its job with the same credential. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["JobReceipt"];
        };
      };
      400: components["responses"]["BroadcastTargetInvalid"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
    };
  };
  getBroadcastJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of a background job, as returned in a `202` receipt. */
        jobId: components["parameters"]["JobId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job's state and per-room results. The fields of a result are not documented; those in the example are illustrative. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BroadcastJob"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["JobNotFound"];
    };
  };
  getBot: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bot settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BotConfig"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
    };
  };
  updateBot: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BotConfig"];
      };
    };
    responses: {
      /** @description The settings were saved. The body is not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotDocumented"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["BotModelNotEnabled"];
    };
  };
  createAgentReply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The saved agent's id. */
        agentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AgentReplyRequest"];
      };
    };
    responses: {
      /** @description The agent's answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AgentReply"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
    };
  };
  listApps: {
    parameters: {
      query?: {
        /** @description Page size. The allowed range and the default are not documented for this route. */
        limit?: components["parameters"]["Limit"];
        /** @description Number of items to skip. The default is not documented for this route. */
        offset?: components["parameters"]["Offset"];
        /** @description Sort direction. */
        order?: "asc" | "desc";
        /** @description Sort key. */
        orderBy?: "displayName" | "createdAt";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of apps. The v2 body is not documented; the example follows the v1 list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AppList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
    };
  };
  createApp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateAppRequest"];
      };
    };
    responses: {
      /** @description The new app, under `app` (some deployments use `result`). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AppResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description The app failed validation (code `VALIDATION_ERROR`), for example a missing or invalid `displayName`. The message text is not documented. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
    };
  };
  getApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AppResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["AppNotFound"];
    };
  };
  deleteApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app was deleted. The body is not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotDocumented"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["AppNotFound"];
    };
  };
  listAppTokens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tokens' metadata. Field names beyond `tokenId` and `label` are not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AppTokenList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
    };
  };
  createAppToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AppTokenRequest"];
      };
    };
    responses: {
      /** @description The new token, with its value. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatedAppToken"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
    };
  };
  revokeAppToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
        /** @description The token's id, as returned when it was created. */
        tokenId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The token was revoked. The body is not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotDocumented"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["TokenNotFound"];
    };
  };
  rotateAppToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
        /** @description The token's id, as returned when it was created. */
        tokenId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AppTokenRequest"];
      };
    };
    responses: {
      /** @description The token with its new value. The body is documented only as carrying the new value. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatedAppToken"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["TokenNotFound"];
    };
  };
  provisionApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProvisionAppRequest"];
      };
    };
    responses: {
      /** @description The app was provisioned. The body is not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotDocumented"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
    };
  };
  getAppBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bot settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BotConfig"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
    };
  };
  updateAppBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BotConfig"];
      };
    };
    responses: {
      /** @description The settings were saved. The body is not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotDocumented"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["BotModelNotEnabled"];
    };
  };
  listChatsInApp: {
    parameters: {
      query?: {
        /** @description Page size. The allowed range and the default are not documented for this route. */
        limit?: components["parameters"]["Limit"];
        /** @description Number of items to skip. The default is not documented for this route. */
        offset?: components["parameters"]["Offset"];
        /** @description Include each room's members. */
        includeMembers?: boolean;
      };
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rooms. The body is not documented; the example assumes the `chats` list of `getUserChatsInApp`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotDocumented"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
    };
  };
  createChatRoomInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateChatRoomRequest"];
      };
    };
    responses: {
      /** @description The created room. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ChatRoomResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["UserNotFound"];
      422: components["responses"]["ChatRoomExists"];
    };
  };
  deleteChatRoomInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteChatRoomRequest"];
      };
    };
    responses: {
      /** @description The room was deleted. The body is not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotDocumented"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["ValidationFailed"];
    };
  };
  updateChatRoomInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
        /** @description The room's short name `<appId>_<chatId>`, or its full JID. */
        chatName: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateChatRoomRequest"];
      };
    };
    responses: {
      /** @description The room was updated. The body is not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotDocumented"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["ValidationFailed"];
    };
  };
  updateUsersInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateUsersInAppRequest"];
      };
    };
    responses: {
      /** @description One entry per requested user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UpdateUsersResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["ValidationFailed"];
    };
  };
  grantUserAccessToChatRoomInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UsersAccessRequest"];
      };
    };
    responses: {
      /** @description Access was granted. The body is not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsersAccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["AccessTargetNotFound"];
    };
  };
  removeUserAccessFromChatRoomInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UsersAccessRequest"];
      };
    };
    responses: {
      /** @description Access was removed. The body is not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsersAccessResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["AccessTargetNotFound"];
    };
  };
  broadcastToAppChats: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BroadcastRequest"];
      };
    };
    responses: {
      /** @description The broadcast was accepted; poll its job with the same credential. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["JobReceipt"];
        };
      };
      400: components["responses"]["BroadcastTargetInvalid"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
    };
  };
  getAppBroadcastJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
        /** @description The id of a background job, as returned in a `202` receipt. */
        jobId: components["parameters"]["JobId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job's state and per-room results. The fields of a result are not documented; those in the example are illustrative. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BroadcastJob"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["JobNotFound"];
    };
  };
  createUsersInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateUsersRequest"];
      };
    };
    responses: {
      /** @description The batch was accepted; its outcome is in the job. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["JobReceipt"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["UsersValidationFailed"];
    };
  };
  deleteUsersInApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteUsersRequest"];
      };
    };
    responses: {
      /** @description The users were deleted. The body is not documented. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotDocumented"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["ValidationFailed"];
    };
  };
  getAppUsersBatchJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
        /** @description The id of a background job, as returned in a `202` receipt. */
        jobId: components["parameters"]["JobId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job's state and, once completed, its per-user results. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsersBatchJob"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["JobNotFound"];
    };
  };
  listUserChatsInApp: {
    parameters: {
      query?: {
        /** @description Page size. The allowed range and the default are not documented for this route. */
        limit?: components["parameters"]["Limit"];
        /** @description Number of items to skip. The default is not documented for this route. */
        offset?: components["parameters"]["Offset"];
        /** @description Include each room's members. */
        includeMembers?: boolean;
      };
      header?: never;
      path: {
        /** @description The app's 24-hex id. */
        appId: components["parameters"]["AppId"];
        /** @description The user's uuid as given at creation, without the `<appId>_` prefix. */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user's rooms. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserChatList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
    };
  };
}
