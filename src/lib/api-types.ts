/**
 * The API's paths, parameters, bodies and responses, generated from its OpenAPI document
 * (GET /api/openapi.json, itself generated from the routes' zod schemas) by openapi-typescript.
 * Do not edit: change the route definitions in src/server/http and run `npm run api:types`.
 * A test fails when this file and the API disagree.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The API and its database answer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            time: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in; sets the httpOnly session cookie (throttled per username and per address) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Logged in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentUser"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Too many failed attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Logged out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the user, on every device, this one included */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Logged out everywhere */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The current user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentUser"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's own password (current + new); the user's other sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentUser"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Too many failed attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the installation waits for its first-run setup */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            needed: boolean;
                            codeRequired: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set the centre's identity and the first administrator (the code printed at start), who is then signed in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        setupCode?: string;
                        identity: {
                            centreName: string;
                            centreShortName: string;
                            unitCode: string;
                            /** @default  */
                            address?: string;
                            /** @default  */
                            phone?: string;
                            /** @default  */
                            publicAddress?: string;
                            province: string;
                            communeName: string;
                            peoplesCommittee: string;
                            place: string;
                            /** @default  */
                            signerName?: string;
                            /** @default  */
                            signerTitle?: string;
                        };
                        admin: {
                            username: string;
                            fullName: string;
                            password: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Signed in as the new administrator */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentUser"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live counts of the user's work queues (for the navigation) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One count per queue of the role */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QueueCount"][];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/by-code/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a dossier by its code (a scanned QR/barcode) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The dossier */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user's saved list views */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Saved views */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedView"][];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Save the current list filters under a name */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        query: string;
                    };
                };
            };
            responses: {
                /** @description Saved */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedView"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your saved views */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List dossiers, paginated on the server */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: "received_at" | "appointment_at" | "code" | "applicant_name" | "status";
                    order?: "asc" | "desc";
                    status?: components["schemas"]["DossierStatus"] | components["schemas"]["DossierStatus"][];
                    q?: string;
                    queue?: "online_intake" | "to_hand_over" | "awaiting_supplement" | "to_return" | "withdrawn_stopped" | "not_digitised" | "awaiting_assignment" | "in_department" | "mine" | "awaiting_approval" | "due_soon" | "late" | "all";
                    procedureId?: string;
                    fieldId?: string;
                    departmentId?: string;
                    handlerId?: string;
                    channel?: components["schemas"]["Channel"];
                    received?: "true" | "false";
                    receivedFrom?: string;
                    receivedTo?: string;
                    appointmentFrom?: string;
                    appointmentTo?: string;
                    due?: "late" | "due_soon";
                    decidedFrom?: string;
                    decidedTo?: string;
                    decidedLate?: "true" | "false";
                    digitised?: "true" | "false";
                    fee?: "unpaid" | "paid" | "paid_online" | "none";
                    feePaidFrom?: string;
                    feePaidTo?: string;
                    rating?: "1" | "2" | "3" | "4" | "5" | "dissatisfied" | "rated" | "unrated";
                    returnedById?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of dossiers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierList"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Receive a walk-in or postal dossier at the desk (form 01) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        procedureId: string;
                        /** @enum {string} */
                        channel: "walk_in" | "postal";
                        applicant: {
                            name: string;
                            idNumber?: string;
                            dateOfBirth?: string;
                            /** @enum {string} */
                            gender?: "male" | "female";
                            phone?: string;
                            /** Format: email */
                            email?: string;
                            address: string;
                        };
                        submitter?: {
                            name: string;
                            idNumber?: string;
                            dateOfBirth?: string;
                            /** @enum {string} */
                            gender?: "male" | "female";
                            phone?: string;
                            address?: string;
                        } | null;
                        documents: {
                            /** Format: uuid */
                            procedureDocumentId: string;
                            received: boolean;
                            /** @enum {string} */
                            form: "original" | "certified_copy" | "photocopy";
                            count: number;
                            /** Format: uuid */
                            reusedFromDocumentId?: string;
                        }[];
                        /** @default 1 */
                        setsCount?: number;
                        /** @default 0 */
                        feeAmount?: number;
                        /** @enum {string} */
                        returnMethod: "desk" | "post" | "online";
                        /** @default  */
                        notes?: string;
                        /** @default [] */
                        acknowledgedDuplicateIds?: string[];
                    };
                };
            };
            responses: {
                /** @description The received dossier, with its code and appointment */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dossier with its documents and full event history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The dossier */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake-slips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log the guidance (form 02) or refusal (form 03) given to a walk-in; no dossier is created */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "guidance" | "refusal";
                        /** Format: uuid */
                        procedureId: string;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            dateOfBirth?: string;
                            /** @enum {string} */
                            gender?: "male" | "female";
                            phone?: string;
                            /** Format: email */
                            email?: string;
                            /** @default  */
                            address?: string;
                        };
                        /** @default [] */
                        items?: {
                            name: string;
                            /** @default  */
                            note?: string;
                        }[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The numbered slip */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntakeSlip"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake-slips/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One guidance or refusal slip, for printing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The slip */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntakeSlip"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/accept_online": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tiếp nhận hồ sơ trực tuyến / bưu chính (bắt đầu tính thời hạn) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/request_completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Yêu cầu bổ sung, hoàn thiện hồ sơ trực tuyến (mẫu 02) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        items: {
                            name: string;
                            /** @default  */
                            note?: string;
                        }[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Từ chối tiếp nhận hồ sơ trực tuyến (mẫu 03) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/hand_over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển hồ sơ cho phòng chuyên môn giải quyết */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        /**
                         * Format: uuid
                         * @description Deciding department; defaults to the procedure's
                         */
                        unitId?: string;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phân công chuyên viên xử lý */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        /** Format: uuid */
                        handlerId: string;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phân công lại chuyên viên xử lý */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        /** Format: uuid */
                        handlerId: string;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/request_supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Yêu cầu bổ sung hồ sơ (mẫu 02); thời hạn tạm dừng hoặc tính lại theo thủ tục */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        items: {
                            name: string;
                            /** @default  */
                            note?: string;
                        }[];
                        reason: string;
                        deadlineWorkingDays?: number;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/receive_supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tiếp nhận hồ sơ bổ sung và chuyển lại cho chuyên viên */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/submit_result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trình lãnh đạo phê duyệt kết quả giải quyết */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        /** @enum {string} */
                        kind: "granted" | "denied";
                        /** @default  */
                        number?: string;
                        summary: string;
                        /** Format: uuid */
                        approverId?: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phê duyệt kết quả; hồ sơ chuyển về Bộ phận Một cửa chờ trả */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/return_to_handler": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại chuyên viên để chỉnh sửa, kèm ý kiến */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/return_result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả kết quả cho công dân, tổ chức (phí, lệ phí phải nộp trước khi trả mà chưa nộp: 409 fee_unpaid) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        /** @enum {string} */
                        method: "desk" | "post" | "online";
                        recipient: string;
                        /** Format: date-time */
                        returnedAt?: string;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rút hồ sơ theo đề nghị của công dân (mẫu 05) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dừng giải quyết hồ sơ (mẫu 05) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/apologize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xin lỗi và hẹn lại ngày trả kết quả (mẫu 04); chỉ trước khi quá hạn */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        reason: string;
                        /** Format: date-time */
                        newAppointmentAt: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/close_not_accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc hồ sơ không được tiếp nhận do quá hạn bổ sung */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/record_payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận nộp phí, lệ phí tại Bộ phận Một cửa (tiền mặt hoặc chuyển khoản) và số biên lai */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        amount: number;
                        /** @enum {string} */
                        method: "cash" | "transfer";
                        receiptNumber: string;
                        payerName: string;
                        /** Format: date-time */
                        paidAt?: string;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Công dân đánh giá mức độ hài lòng (sau khi nhận kết quả), trên máy tính bảng tại quầy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The dossier version the user saw; a stale one gets 409 */
                        version: number;
                    } & {
                        level: number;
                        /** @default  */
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description The dossier after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/bulk/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign several dossiers of the department's queue to one handler (one transaction) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        handlerId: string;
                        /** @default  */
                        note?: string;
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description The version the user saw; a stale one gets 409 */
                            version: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description All dossiers updated (all or nothing) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/bulk/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve several results from the approval queue (one transaction) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description The version the user saw; a stale one gets 409 */
                            version: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description All dossiers updated (all or nothing) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a scanned document of a dossier (type checked from the content) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description PDF, JPEG or PNG, at most 10 MB
                         */
                        file: Blob;
                        /**
                         * Format: uuid
                         * @description The checklist item this scan belongs to
                         */
                        dossierDocumentId?: string;
                        /**
                         * @description A scanned document, a supplement, or the result file
                         * @default document
                         * @enum {string}
                         */
                        kind?: "document" | "supplement" | "result";
                    };
                };
            };
            responses: {
                /** @description The stored attachment */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierAttachment"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description The request or file is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not a PDF, JPEG or PNG file */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file itself, inline for preview or as a download */
        get: {
            parameters: {
                query?: {
                    download?: "0" | "1";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as the type its bytes were checked to be */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": Blob;
                        "image/jpeg": Blob;
                        "image/png": Blob;
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Procedures in force today, with their document checklists */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The catalogue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Procedure"][];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fields (lĩnh vực) procedures are grouped by, by name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Fields */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Field"][];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The appointment (ngày hẹn trả) for a receipt instant, from the calendar and settings in the database
         * @description Pass `procedure` (national code), or `unit` and `amount`. Staff session or the portal API key.
         */
        get: {
            parameters: {
                query: {
                    /** @description ISO 8601 instant with offset, e.g. 2026-11-23T09:00:00+07:00 */
                    receivedAt: string;
                    /** @description National procedure code, e.g. 1.001193 */
                    procedure?: string;
                    unit?: "working_days" | "working_hours" | "calendar_days" | "same_day";
                    /** @description Amount of the duration unit; fractional for working days and hours, e.g. 0.5 or 0,5 */
                    amount?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The appointment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/centre": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The centre and commune names and codes printed on the official forms */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Print header data */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CentreSettings"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A dossier submitted online or by post arrives in the intake queue (idempotent on submissionId) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The portal API key (MOTCUA_PORTAL_KEY) */
                    "x-api-key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        submissionId: string;
                        procedureCode: string;
                        /**
                         * @default online
                         * @enum {string}
                         */
                        channel?: "online" | "postal";
                        /** Format: date-time */
                        submittedAt?: string;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            dateOfBirth?: string;
                            /** @enum {string} */
                            gender?: "male" | "female";
                            phone?: string;
                            /** Format: email */
                            email?: string;
                            address: string;
                        };
                        submitter?: {
                            name: string;
                            idNumber?: string;
                            dateOfBirth?: string;
                            /** @enum {string} */
                            gender?: "male" | "female";
                            phone?: string;
                            address?: string;
                        } | null;
                        /** @default [] */
                        documents?: {
                            position: number;
                            /**
                             * @default original
                             * @enum {string}
                             */
                            form?: "original" | "certified_copy" | "photocopy";
                            /** @default 1 */
                            count?: number;
                            /** @default [] */
                            files?: {
                                fileName: string;
                                contentBase64: string;
                            }[];
                        }[];
                        /**
                         * @default online
                         * @enum {string}
                         */
                        returnMethod?: "desk" | "post" | "online";
                        /** @default 0 */
                        feeAmount?: number;
                        /** @default  */
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Already delivered: the existing dossier */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalSubmissionResponse"];
                    };
                };
                /** @description Created, awaiting intake */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalSubmissionResponse"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/submissions/{submissionId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The applicant delivers the documents the desk asked for; the dossier returns to the intake queue */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The portal API key (MOTCUA_PORTAL_KEY) */
                    "x-api-key": string;
                };
                path: {
                    submissionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                        documents: {
                            position: number;
                            /**
                             * @default original
                             * @enum {string}
                             */
                            form?: "original" | "certified_copy" | "photocopy";
                            /** @default 1 */
                            count?: number;
                            /** @default [] */
                            files?: {
                                fileName: string;
                                contentBase64: string;
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Back in the intake queue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalSubmissionResponse"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A fee paid online on the portal (idempotent on transactionId: the same report again changes nothing)
         * @description The dossier shows it as paid online. The same transaction id with another dossier, amount or time is a 409; a payment more than what is owed is a 400 on `amount`; a dossier already paid in full or without a fee is a 409.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The portal API key (MOTCUA_PORTAL_KEY) */
                    "x-api-key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        transactionId: string;
                        dossierCode: string;
                        amount: number;
                        /** Format: date-time */
                        paidAt: string;
                        /** @default  */
                        payerName?: string;
                    };
                };
            };
            responses: {
                /** @description Already reported: the payment recorded then */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalPaymentResponse"];
                    };
                };
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalPaymentResponse"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active units: the centre, the departments and outside authorities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Units */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"][];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active staff, optionally by role and unit (no credentials) */
        get: {
            parameters: {
                query?: {
                    role?: "desk_officer" | "department_head" | "handler" | "chairperson" | "admin";
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Users */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"][];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chairperson's overview and the Decision 766 figures for a period */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Overview */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Overview"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tracking register (form 07) for a period */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    procedureId?: string;
                    departmentId?: string;
                    channel?: "walk_in" | "online" | "postal";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Register rows */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterRow"][];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/register.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tracking register (form 07) as an Excel workbook */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    procedureId?: string;
                    departmentId?: string;
                    channel?: "walk_in" | "online" | "postal";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The workbook, as a download */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue: each procedure by its version in force, with accent-insensitive search and filters */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    fieldId?: string;
                    decidingUnitId?: string;
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Procedures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            /** Format: uuid */
                            fieldId: string;
                            fieldName: string;
                            /** Format: uuid */
                            decidingUnitId: string;
                            decidingUnitName: string;
                            /** @enum {string} */
                            durationUnit: "working_days" | "working_hours" | "calendar_days" | "same_day";
                            durationAmount: number;
                            feeTotal: number;
                            /** @enum {string} */
                            supplementClock: "pause" | "restart";
                            /** @enum {string} */
                            onlineLevel: "full" | "partial" | "none";
                            active: boolean;
                            /** Format: date */
                            effectiveFrom: string;
                            versionCount: number;
                            /** Format: date */
                            upcomingFrom: string | null;
                        }[];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Add a procedure (its first version) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** Format: uuid */
                        fieldId: string;
                        /** @enum {string} */
                        durationUnit: "working_days" | "working_hours" | "calendar_days" | "same_day";
                        durationAmount: number;
                        feeLines: {
                            /** @enum {string} */
                            kind: "fee" | "charge";
                            amount: number;
                            /** @default  */
                            note?: string;
                        }[];
                        /**
                         * @default at_receipt
                         * @enum {string}
                         */
                        feeDue?: "at_receipt" | "before_return";
                        /** Format: uuid */
                        decidingUnitId: string;
                        /** @enum {string} */
                        supplementClock: "pause" | "restart";
                        /** @enum {string} */
                        onlineLevel: "full" | "partial" | "none";
                        documents: {
                            name: string;
                            required: boolean;
                            /** @enum {string} */
                            defaultForm: "original" | "certified_copy" | "photocopy";
                            defaultCount: number;
                        }[];
                        legShares: {
                            desk_intake: number;
                            department: number;
                            handler: number;
                            approval: number;
                        };
                        active: boolean;
                    } & {
                        code: string;
                        /** Format: date */
                        effectiveFrom?: string;
                    };
                };
            };
            responses: {
                /** @description The procedure */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            active: boolean;
                            versions: {
                                /** Format: uuid */
                                id: string;
                                revision: number;
                                version: number;
                                /** Format: date */
                                effectiveFrom: string;
                                /** Format: date */
                                effectiveUntil: string | null;
                                /** @enum {string} */
                                state: "past" | "current" | "upcoming";
                                name: string;
                                /** Format: uuid */
                                fieldId: string;
                                fieldName: string;
                                /** @enum {string} */
                                durationUnit: "working_days" | "working_hours" | "calendar_days" | "same_day";
                                durationAmount: number;
                                feeLines: {
                                    /** @enum {string} */
                                    kind: "fee" | "charge";
                                    amount: number;
                                    /** @default  */
                                    note: string;
                                }[];
                                /** @enum {string} */
                                feeDue: "at_receipt" | "before_return";
                                /** Format: uuid */
                                decidingUnitId: string;
                                decidingUnitName: string;
                                /** @enum {string} */
                                supplementClock: "pause" | "restart";
                                /** @enum {string} */
                                onlineLevel: "full" | "partial" | "none";
                                documents: {
                                    name: string;
                                    required: boolean;
                                    /** @enum {string} */
                                    defaultForm: "original" | "certified_copy" | "photocopy";
                                    defaultCount: number;
                                    /** Format: uuid */
                                    id: string;
                                    position: number;
                                }[];
                                legShares: {
                                    desk_intake: number;
                                    department: number;
                                    handler: number;
                                    approval: number;
                                };
                                dossierCount: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            /** @enum {string} */
                            outcome: "created" | "updated" | "new_version" | "unchanged";
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/procedures/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The empty import workbook: the column layout with notes and drop-downs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/procedures/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue (latest version of each procedure) in the import layout */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/procedures/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a catalogue workbook and say row by row what importing it would do (new, changed, unchanged, errors); writes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The catalogue workbook (.xlsx), at most 5 MB
                         */
                        file: Blob;
                    };
                };
            };
            responses: {
                /** @description The preview */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fileName: string;
                            rows: {
                                row: number;
                                code: string;
                                name: string;
                                /** @enum {string} */
                                status: "new" | "changed" | "unchanged" | "error";
                                /** Format: date */
                                newVersionFrom: string | null;
                                changes: string[];
                                problems: {
                                    code: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                    message: string;
                                    /** @enum {string} */
                                    sheet: "procedures" | "documents" | "fees";
                                    row: number | null;
                                    column: string | null;
                                }[];
                            }[];
                            problems: {
                                code: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                                message: string;
                                /** @enum {string} */
                                sheet: "procedures" | "documents" | "fees";
                                row: number | null;
                                column: string | null;
                            }[];
                            counts: {
                                new: number;
                                changed: number;
                                unchanged: number;
                                error: number;
                            };
                            newFields: {
                                code: string;
                                name: string;
                            }[];
                            fingerprint: string;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/procedures/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a previewed catalogue workbook: every row or none (400 if any row is wrong, 409 if the catalogue changed since the preview) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The catalogue workbook (.xlsx), at most 5 MB
                         */
                        file: Blob;
                        /** @description The preview’s fingerprint: 409 if the catalogue changed since */
                        fingerprint: string;
                    };
                };
            };
            responses: {
                /** @description What was written */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            updated: number;
                            newVersions: number;
                            unchanged: number;
                            newFields: number;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/procedures/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A procedure with all its versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The procedure */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            active: boolean;
                            versions: {
                                /** Format: uuid */
                                id: string;
                                revision: number;
                                version: number;
                                /** Format: date */
                                effectiveFrom: string;
                                /** Format: date */
                                effectiveUntil: string | null;
                                /** @enum {string} */
                                state: "past" | "current" | "upcoming";
                                name: string;
                                /** Format: uuid */
                                fieldId: string;
                                fieldName: string;
                                /** @enum {string} */
                                durationUnit: "working_days" | "working_hours" | "calendar_days" | "same_day";
                                durationAmount: number;
                                feeLines: {
                                    /** @enum {string} */
                                    kind: "fee" | "charge";
                                    amount: number;
                                    /** @default  */
                                    note: string;
                                }[];
                                /** @enum {string} */
                                feeDue: "at_receipt" | "before_return";
                                /** Format: uuid */
                                decidingUnitId: string;
                                decidingUnitName: string;
                                /** @enum {string} */
                                supplementClock: "pause" | "restart";
                                /** @enum {string} */
                                onlineLevel: "full" | "partial" | "none";
                                documents: {
                                    name: string;
                                    required: boolean;
                                    /** @enum {string} */
                                    defaultForm: "original" | "certified_copy" | "photocopy";
                                    defaultCount: number;
                                    /** Format: uuid */
                                    id: string;
                                    position: number;
                                }[];
                                legShares: {
                                    desk_intake: number;
                                    department: number;
                                    handler: number;
                                    approval: number;
                                };
                                dossierCount: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        /** Edit the latest version; a rule change on a version dossiers were received under makes a new version from effectiveFrom */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** Format: uuid */
                        fieldId: string;
                        /** @enum {string} */
                        durationUnit: "working_days" | "working_hours" | "calendar_days" | "same_day";
                        durationAmount: number;
                        feeLines: {
                            /** @enum {string} */
                            kind: "fee" | "charge";
                            amount: number;
                            /** @default  */
                            note?: string;
                        }[];
                        /**
                         * @default at_receipt
                         * @enum {string}
                         */
                        feeDue?: "at_receipt" | "before_return";
                        /** Format: uuid */
                        decidingUnitId: string;
                        /** @enum {string} */
                        supplementClock: "pause" | "restart";
                        /** @enum {string} */
                        onlineLevel: "full" | "partial" | "none";
                        documents: {
                            name: string;
                            required: boolean;
                            /** @enum {string} */
                            defaultForm: "original" | "certified_copy" | "photocopy";
                            defaultCount: number;
                        }[];
                        legShares: {
                            desk_intake: number;
                            department: number;
                            handler: number;
                            approval: number;
                        };
                        active: boolean;
                    } & {
                        /** Format: date */
                        effectiveFrom?: string;
                        /** @description The version the user saw; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description The procedure and what the edit did */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            active: boolean;
                            versions: {
                                /** Format: uuid */
                                id: string;
                                revision: number;
                                version: number;
                                /** Format: date */
                                effectiveFrom: string;
                                /** Format: date */
                                effectiveUntil: string | null;
                                /** @enum {string} */
                                state: "past" | "current" | "upcoming";
                                name: string;
                                /** Format: uuid */
                                fieldId: string;
                                fieldName: string;
                                /** @enum {string} */
                                durationUnit: "working_days" | "working_hours" | "calendar_days" | "same_day";
                                durationAmount: number;
                                feeLines: {
                                    /** @enum {string} */
                                    kind: "fee" | "charge";
                                    amount: number;
                                    /** @default  */
                                    note: string;
                                }[];
                                /** @enum {string} */
                                feeDue: "at_receipt" | "before_return";
                                /** Format: uuid */
                                decidingUnitId: string;
                                decidingUnitName: string;
                                /** @enum {string} */
                                supplementClock: "pause" | "restart";
                                /** @enum {string} */
                                onlineLevel: "full" | "partial" | "none";
                                documents: {
                                    name: string;
                                    required: boolean;
                                    /** @enum {string} */
                                    defaultForm: "original" | "certified_copy" | "photocopy";
                                    defaultCount: number;
                                    /** Format: uuid */
                                    id: string;
                                    position: number;
                                }[];
                                legShares: {
                                    desk_intake: number;
                                    department: number;
                                    handler: number;
                                    approval: number;
                                };
                                dossierCount: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            /** @enum {string} */
                            outcome: "created" | "updated" | "new_version" | "unchanged";
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fields (lĩnh vực), in use or not, with how many procedures in force each has */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Fields */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            active: boolean;
                            /** Format: uuid */
                            id: string;
                            version: number;
                            procedureCount: number;
                        }[];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Add a field */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        active: boolean;
                    };
                };
            };
            responses: {
                /** @description The field */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            active: boolean;
                            /** Format: uuid */
                            id: string;
                            version: number;
                            procedureCount: number;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit or deactivate a field (not while procedures in force belong to it) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        active: boolean;
                        /** @description The version the user saw; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description The field */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            active: boolean;
                            /** Format: uuid */
                            id: string;
                            version: number;
                            procedureCount: number;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units: the centre, its departments and outside authorities, active or not */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Units */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            shortName: string;
                            /** @enum {string} */
                            kind: "centre" | "department" | "external";
                            /** @default  */
                            address: string;
                            /** @default  */
                            phone: string;
                            active: boolean;
                            /** Format: uuid */
                            id: string;
                            version: number;
                            activeUserCount: number;
                            openDossierCount: number;
                            inUse: boolean;
                        }[];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Add a department or an outside authority */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        shortName: string;
                        /** @enum {string} */
                        kind: "centre" | "department" | "external";
                        /** @default  */
                        address?: string;
                        /** @default  */
                        phone?: string;
                        active: boolean;
                    };
                };
            };
            responses: {
                /** @description The unit */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            shortName: string;
                            /** @enum {string} */
                            kind: "centre" | "department" | "external";
                            /** @default  */
                            address: string;
                            /** @default  */
                            phone: string;
                            active: boolean;
                            /** Format: uuid */
                            id: string;
                            version: number;
                            activeUserCount: number;
                            openDossierCount: number;
                            inUse: boolean;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit or deactivate a unit (deactivation needs no active users, open dossiers or procedures in force) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        shortName: string;
                        /** @enum {string} */
                        kind: "centre" | "department" | "external";
                        /** @default  */
                        address?: string;
                        /** @default  */
                        phone?: string;
                        active: boolean;
                        /** @description The version the user saw; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description The unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            shortName: string;
                            /** @enum {string} */
                            kind: "centre" | "department" | "external";
                            /** @default  */
                            address: string;
                            /** @default  */
                            phone: string;
                            active: boolean;
                            /** Format: uuid */
                            id: string;
                            version: number;
                            activeUserCount: number;
                            openDossierCount: number;
                            inUse: boolean;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a unit nothing refers to (409 otherwise: deactivate it instead) */
        delete: {
            parameters: {
                query: {
                    /** @description The version the user saw; a stale one gets 409 */
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's holidays and swapped working days, and the open dossiers due on one of its holidays */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The year */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            days: {
                                /** Format: date */
                                date: string;
                                /** @enum {string} */
                                kind: "holiday" | "working_day";
                                name: string;
                                version: number;
                            }[];
                            dossiersOnHolidays: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                /** Format: date */
                                date: string;
                                /** Format: date-time */
                                appointmentAt: string;
                                procedureName: string;
                                applicantName: string;
                                holderName: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Add days (one, or a pasted list: all or none); appointments already given do not move */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        days: {
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            kind: "holiday" | "working_day";
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The days added and the open dossiers now due on a holiday */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: {
                                /** Format: date */
                                date: string;
                                /** @enum {string} */
                                kind: "holiday" | "working_day";
                                name: string;
                                version: number;
                            }[];
                            dossiersOnHolidays: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                /** Format: date */
                                date: string;
                                /** Format: date-time */
                                appointmentAt: string;
                                procedureName: string;
                                applicantName: string;
                                holderName: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/calendar/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a day or change its kind */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "holiday" | "working_day";
                        name: string;
                        /** @description The version the user saw; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description The day and the open dossiers due on it if it is a holiday */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: {
                                /** Format: date */
                                date: string;
                                /** @enum {string} */
                                kind: "holiday" | "working_day";
                                name: string;
                                version: number;
                            }[];
                            dossiersOnHolidays: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                /** Format: date */
                                date: string;
                                /** Format: date-time */
                                appointmentAt: string;
                                procedureName: string;
                                applicantName: string;
                                holderName: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a day from the calendar */
        delete: {
            parameters: {
                query: {
                    /** @description The version the user saw; a stale one gets 409 */
                    version: number;
                };
                header?: never;
                path: {
                    date: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every settings section with the version an edit sends back */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            identity: {
                                value: {
                                    centreName: string;
                                    centreShortName: string;
                                    unitCode: string;
                                    /** @default  */
                                    address: string;
                                    /** @default  */
                                    phone: string;
                                    /** @default  */
                                    publicAddress: string;
                                    province: string;
                                    communeName: string;
                                    peoplesCommittee: string;
                                    place: string;
                                    /** @default  */
                                    signerName: string;
                                    /** @default  */
                                    signerTitle: string;
                                };
                                version: number;
                                unitVersion: number;
                            };
                            workingTime: {
                                value: {
                                    week: {
                                        monday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        tuesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        wednesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        thursday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        friday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        saturday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        sunday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                    };
                                    sameDayCutoff: string;
                                    dueSoonWorkingDays: number;
                                };
                                version: number;
                            };
                            supplementDeadline: {
                                value: {
                                    supplementDeadlineWorkingDays: number;
                                };
                                version: number;
                            };
                            legShares: {
                                value: {
                                    desk_intake: number;
                                    department: number;
                                    handler: number;
                                    approval: number;
                                };
                                version: number;
                            };
                            sessions: {
                                value: {
                                    idleMinutes: number;
                                    absoluteHours: number;
                                };
                                version: number;
                            };
                            notificationTexts: {
                                value: {
                                    received?: {
                                        subject: string;
                                        body: string;
                                    };
                                    completion_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    refused?: {
                                        subject: string;
                                        body: string;
                                    };
                                    supplement_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    result_ready?: {
                                        subject: string;
                                        body: string;
                                    };
                                    apology?: {
                                        subject: string;
                                        body: string;
                                    };
                                    stopped?: {
                                        subject: string;
                                        body: string;
                                    };
                                    withdrawn?: {
                                        subject: string;
                                        body: string;
                                    };
                                    closed_not_accepted?: {
                                        subject: string;
                                        body: string;
                                    };
                                };
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The centre's identity on every form: the centre unit, the letterhead and the signer */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        centreName: string;
                        centreShortName: string;
                        unitCode: string;
                        /** @default  */
                        address?: string;
                        /** @default  */
                        phone?: string;
                        /** @default  */
                        publicAddress?: string;
                        province: string;
                        communeName: string;
                        peoplesCommittee: string;
                        place: string;
                        /** @default  */
                        signerName?: string;
                        /** @default  */
                        signerTitle?: string;
                        version: number;
                        /** @description The version the user saw; a stale one gets 409 */
                        unitVersion: number;
                    };
                };
            };
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            identity: {
                                value: {
                                    centreName: string;
                                    centreShortName: string;
                                    unitCode: string;
                                    /** @default  */
                                    address: string;
                                    /** @default  */
                                    phone: string;
                                    /** @default  */
                                    publicAddress: string;
                                    province: string;
                                    communeName: string;
                                    peoplesCommittee: string;
                                    place: string;
                                    /** @default  */
                                    signerName: string;
                                    /** @default  */
                                    signerTitle: string;
                                };
                                version: number;
                                unitVersion: number;
                            };
                            workingTime: {
                                value: {
                                    week: {
                                        monday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        tuesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        wednesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        thursday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        friday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        saturday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        sunday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                    };
                                    sameDayCutoff: string;
                                    dueSoonWorkingDays: number;
                                };
                                version: number;
                            };
                            supplementDeadline: {
                                value: {
                                    supplementDeadlineWorkingDays: number;
                                };
                                version: number;
                            };
                            legShares: {
                                value: {
                                    desk_intake: number;
                                    department: number;
                                    handler: number;
                                    approval: number;
                                };
                                version: number;
                            };
                            sessions: {
                                value: {
                                    idleMinutes: number;
                                    absoluteHours: number;
                                };
                                version: number;
                            };
                            notificationTexts: {
                                value: {
                                    received?: {
                                        subject: string;
                                        body: string;
                                    };
                                    completion_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    refused?: {
                                        subject: string;
                                        body: string;
                                    };
                                    supplement_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    result_ready?: {
                                        subject: string;
                                        body: string;
                                    };
                                    apology?: {
                                        subject: string;
                                        body: string;
                                    };
                                    stopped?: {
                                        subject: string;
                                        body: string;
                                    };
                                    withdrawn?: {
                                        subject: string;
                                        body: string;
                                    };
                                    closed_not_accepted?: {
                                        subject: string;
                                        body: string;
                                    };
                                };
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings/working-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Office hours per weekday, same-day cut-off and due-soon days (from the next computation on) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        value: {
                            week: {
                                monday: {
                                    morning: {
                                        start: string;
                                        end: string;
                                    } | null;
                                    afternoon: {
                                        start: string;
                                        end: string;
                                    } | null;
                                };
                                tuesday: {
                                    morning: {
                                        start: string;
                                        end: string;
                                    } | null;
                                    afternoon: {
                                        start: string;
                                        end: string;
                                    } | null;
                                };
                                wednesday: {
                                    morning: {
                                        start: string;
                                        end: string;
                                    } | null;
                                    afternoon: {
                                        start: string;
                                        end: string;
                                    } | null;
                                };
                                thursday: {
                                    morning: {
                                        start: string;
                                        end: string;
                                    } | null;
                                    afternoon: {
                                        start: string;
                                        end: string;
                                    } | null;
                                };
                                friday: {
                                    morning: {
                                        start: string;
                                        end: string;
                                    } | null;
                                    afternoon: {
                                        start: string;
                                        end: string;
                                    } | null;
                                };
                                saturday: {
                                    morning: {
                                        start: string;
                                        end: string;
                                    } | null;
                                    afternoon: {
                                        start: string;
                                        end: string;
                                    } | null;
                                };
                                sunday: {
                                    morning: {
                                        start: string;
                                        end: string;
                                    } | null;
                                    afternoon: {
                                        start: string;
                                        end: string;
                                    } | null;
                                };
                            };
                            sameDayCutoff: string;
                            dueSoonWorkingDays: number;
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            identity: {
                                value: {
                                    centreName: string;
                                    centreShortName: string;
                                    unitCode: string;
                                    /** @default  */
                                    address: string;
                                    /** @default  */
                                    phone: string;
                                    /** @default  */
                                    publicAddress: string;
                                    province: string;
                                    communeName: string;
                                    peoplesCommittee: string;
                                    place: string;
                                    /** @default  */
                                    signerName: string;
                                    /** @default  */
                                    signerTitle: string;
                                };
                                version: number;
                                unitVersion: number;
                            };
                            workingTime: {
                                value: {
                                    week: {
                                        monday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        tuesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        wednesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        thursday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        friday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        saturday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        sunday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                    };
                                    sameDayCutoff: string;
                                    dueSoonWorkingDays: number;
                                };
                                version: number;
                            };
                            supplementDeadline: {
                                value: {
                                    supplementDeadlineWorkingDays: number;
                                };
                                version: number;
                            };
                            legShares: {
                                value: {
                                    desk_intake: number;
                                    department: number;
                                    handler: number;
                                    approval: number;
                                };
                                version: number;
                            };
                            sessions: {
                                value: {
                                    idleMinutes: number;
                                    absoluteHours: number;
                                };
                                version: number;
                            };
                            notificationTexts: {
                                value: {
                                    received?: {
                                        subject: string;
                                        body: string;
                                    };
                                    completion_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    refused?: {
                                        subject: string;
                                        body: string;
                                    };
                                    supplement_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    result_ready?: {
                                        subject: string;
                                        body: string;
                                    };
                                    apology?: {
                                        subject: string;
                                        body: string;
                                    };
                                    stopped?: {
                                        subject: string;
                                        body: string;
                                    };
                                    withdrawn?: {
                                        subject: string;
                                        body: string;
                                    };
                                    closed_not_accepted?: {
                                        subject: string;
                                        body: string;
                                    };
                                };
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings/supplement-deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Working days an applicant gets to bring a supplement, unless the handler sets another */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        supplementDeadlineWorkingDays: number;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            identity: {
                                value: {
                                    centreName: string;
                                    centreShortName: string;
                                    unitCode: string;
                                    /** @default  */
                                    address: string;
                                    /** @default  */
                                    phone: string;
                                    /** @default  */
                                    publicAddress: string;
                                    province: string;
                                    communeName: string;
                                    peoplesCommittee: string;
                                    place: string;
                                    /** @default  */
                                    signerName: string;
                                    /** @default  */
                                    signerTitle: string;
                                };
                                version: number;
                                unitVersion: number;
                            };
                            workingTime: {
                                value: {
                                    week: {
                                        monday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        tuesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        wednesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        thursday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        friday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        saturday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        sunday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                    };
                                    sameDayCutoff: string;
                                    dueSoonWorkingDays: number;
                                };
                                version: number;
                            };
                            supplementDeadline: {
                                value: {
                                    supplementDeadlineWorkingDays: number;
                                };
                                version: number;
                            };
                            legShares: {
                                value: {
                                    desk_intake: number;
                                    department: number;
                                    handler: number;
                                    approval: number;
                                };
                                version: number;
                            };
                            sessions: {
                                value: {
                                    idleMinutes: number;
                                    absoluteHours: number;
                                };
                                version: number;
                            };
                            notificationTexts: {
                                value: {
                                    received?: {
                                        subject: string;
                                        body: string;
                                    };
                                    completion_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    refused?: {
                                        subject: string;
                                        body: string;
                                    };
                                    supplement_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    result_ready?: {
                                        subject: string;
                                        body: string;
                                    };
                                    apology?: {
                                        subject: string;
                                        body: string;
                                    };
                                    stopped?: {
                                        subject: string;
                                        body: string;
                                    };
                                    withdrawn?: {
                                        subject: string;
                                        body: string;
                                    };
                                    closed_not_accepted?: {
                                        subject: string;
                                        body: string;
                                    };
                                };
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings/leg-shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The control-slip leg shares new procedures start from */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        value: {
                            desk_intake: number;
                            department: number;
                            handler: number;
                            approval: number;
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            identity: {
                                value: {
                                    centreName: string;
                                    centreShortName: string;
                                    unitCode: string;
                                    /** @default  */
                                    address: string;
                                    /** @default  */
                                    phone: string;
                                    /** @default  */
                                    publicAddress: string;
                                    province: string;
                                    communeName: string;
                                    peoplesCommittee: string;
                                    place: string;
                                    /** @default  */
                                    signerName: string;
                                    /** @default  */
                                    signerTitle: string;
                                };
                                version: number;
                                unitVersion: number;
                            };
                            workingTime: {
                                value: {
                                    week: {
                                        monday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        tuesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        wednesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        thursday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        friday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        saturday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        sunday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                    };
                                    sameDayCutoff: string;
                                    dueSoonWorkingDays: number;
                                };
                                version: number;
                            };
                            supplementDeadline: {
                                value: {
                                    supplementDeadlineWorkingDays: number;
                                };
                                version: number;
                            };
                            legShares: {
                                value: {
                                    desk_intake: number;
                                    department: number;
                                    handler: number;
                                    approval: number;
                                };
                                version: number;
                            };
                            sessions: {
                                value: {
                                    idleMinutes: number;
                                    absoluteHours: number;
                                };
                                version: number;
                            };
                            notificationTexts: {
                                value: {
                                    received?: {
                                        subject: string;
                                        body: string;
                                    };
                                    completion_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    refused?: {
                                        subject: string;
                                        body: string;
                                    };
                                    supplement_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    result_ready?: {
                                        subject: string;
                                        body: string;
                                    };
                                    apology?: {
                                        subject: string;
                                        body: string;
                                    };
                                    stopped?: {
                                        subject: string;
                                        body: string;
                                    };
                                    withdrawn?: {
                                        subject: string;
                                        body: string;
                                    };
                                    closed_not_accepted?: {
                                        subject: string;
                                        body: string;
                                    };
                                };
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Idle timeout and absolute lifetime of a session */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        idleMinutes: number;
                        absoluteHours: number;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            identity: {
                                value: {
                                    centreName: string;
                                    centreShortName: string;
                                    unitCode: string;
                                    /** @default  */
                                    address: string;
                                    /** @default  */
                                    phone: string;
                                    /** @default  */
                                    publicAddress: string;
                                    province: string;
                                    communeName: string;
                                    peoplesCommittee: string;
                                    place: string;
                                    /** @default  */
                                    signerName: string;
                                    /** @default  */
                                    signerTitle: string;
                                };
                                version: number;
                                unitVersion: number;
                            };
                            workingTime: {
                                value: {
                                    week: {
                                        monday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        tuesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        wednesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        thursday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        friday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        saturday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        sunday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                    };
                                    sameDayCutoff: string;
                                    dueSoonWorkingDays: number;
                                };
                                version: number;
                            };
                            supplementDeadline: {
                                value: {
                                    supplementDeadlineWorkingDays: number;
                                };
                                version: number;
                            };
                            legShares: {
                                value: {
                                    desk_intake: number;
                                    department: number;
                                    handler: number;
                                    approval: number;
                                };
                                version: number;
                            };
                            sessions: {
                                value: {
                                    idleMinutes: number;
                                    absoluteHours: number;
                                };
                                version: number;
                            };
                            notificationTexts: {
                                value: {
                                    received?: {
                                        subject: string;
                                        body: string;
                                    };
                                    completion_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    refused?: {
                                        subject: string;
                                        body: string;
                                    };
                                    supplement_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    result_ready?: {
                                        subject: string;
                                        body: string;
                                    };
                                    apology?: {
                                        subject: string;
                                        body: string;
                                    };
                                    stopped?: {
                                        subject: string;
                                        body: string;
                                    };
                                    withdrawn?: {
                                        subject: string;
                                        body: string;
                                    };
                                    closed_not_accepted?: {
                                        subject: string;
                                        body: string;
                                    };
                                };
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings/notification-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The texts of the SMS and e-mail messages to applicants (a missing one uses the shipped text) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        value: {
                            received?: {
                                subject: string;
                                body: string;
                            };
                            completion_requested?: {
                                subject: string;
                                body: string;
                            };
                            refused?: {
                                subject: string;
                                body: string;
                            };
                            supplement_requested?: {
                                subject: string;
                                body: string;
                            };
                            result_ready?: {
                                subject: string;
                                body: string;
                            };
                            apology?: {
                                subject: string;
                                body: string;
                            };
                            stopped?: {
                                subject: string;
                                body: string;
                            };
                            withdrawn?: {
                                subject: string;
                                body: string;
                            };
                            closed_not_accepted?: {
                                subject: string;
                                body: string;
                            };
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            identity: {
                                value: {
                                    centreName: string;
                                    centreShortName: string;
                                    unitCode: string;
                                    /** @default  */
                                    address: string;
                                    /** @default  */
                                    phone: string;
                                    /** @default  */
                                    publicAddress: string;
                                    province: string;
                                    communeName: string;
                                    peoplesCommittee: string;
                                    place: string;
                                    /** @default  */
                                    signerName: string;
                                    /** @default  */
                                    signerTitle: string;
                                };
                                version: number;
                                unitVersion: number;
                            };
                            workingTime: {
                                value: {
                                    week: {
                                        monday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        tuesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        wednesday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        thursday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        friday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        saturday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                        sunday: {
                                            morning: {
                                                start: string;
                                                end: string;
                                            } | null;
                                            afternoon: {
                                                start: string;
                                                end: string;
                                            } | null;
                                        };
                                    };
                                    sameDayCutoff: string;
                                    dueSoonWorkingDays: number;
                                };
                                version: number;
                            };
                            supplementDeadline: {
                                value: {
                                    supplementDeadlineWorkingDays: number;
                                };
                                version: number;
                            };
                            legShares: {
                                value: {
                                    desk_intake: number;
                                    department: number;
                                    handler: number;
                                    approval: number;
                                };
                                version: number;
                            };
                            sessions: {
                                value: {
                                    idleMinutes: number;
                                    absoluteHours: number;
                                };
                                version: number;
                            };
                            notificationTexts: {
                                value: {
                                    received?: {
                                        subject: string;
                                        body: string;
                                    };
                                    completion_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    refused?: {
                                        subject: string;
                                        body: string;
                                    };
                                    supplement_requested?: {
                                        subject: string;
                                        body: string;
                                    };
                                    result_ready?: {
                                        subject: string;
                                        body: string;
                                    };
                                    apology?: {
                                        subject: string;
                                        body: string;
                                    };
                                    stopped?: {
                                        subject: string;
                                        body: string;
                                    };
                                    withdrawn?: {
                                        subject: string;
                                        body: string;
                                    };
                                    closed_not_accepted?: {
                                        subject: string;
                                        body: string;
                                    };
                                };
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first, filtered by period, kind, person and text */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    category?: "administration" | "sign_in" | "personal_data" | "fees";
                    action?: "setup.complete" | "settings.update" | "procedure.create" | "procedure.update" | "procedure.new_version" | "procedure.import" | "field.create" | "field.update" | "unit.create" | "unit.update" | "unit.delete" | "user.create" | "user.update" | "user.deactivate" | "user.reactivate" | "user.reset_password" | "user.transfer_dossiers" | "calendar.add" | "calendar.update" | "calendar.delete" | "auth.sign_in" | "auth.sign_in_failed" | "auth.lockout" | "personal_data.view" | "fee.payment" | "fee.online_payment";
                    actorUserId?: string;
                    q?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorUserId: string | null;
                                actorName: string;
                                actorUsername: string | null;
                                /** @enum {string|null} */
                                actorRole: "desk_officer" | "department_head" | "handler" | "chairperson" | "admin" | null;
                                /** @enum {string} */
                                action: "setup.complete" | "settings.update" | "procedure.create" | "procedure.update" | "procedure.new_version" | "procedure.import" | "field.create" | "field.update" | "unit.create" | "unit.update" | "unit.delete" | "user.create" | "user.update" | "user.deactivate" | "user.reactivate" | "user.reset_password" | "user.transfer_dossiers" | "calendar.add" | "calendar.update" | "calendar.delete" | "auth.sign_in" | "auth.sign_in_failed" | "auth.lockout" | "personal_data.view" | "fee.payment" | "fee.online_payment";
                                /** @enum {string} */
                                entity: "settings" | "procedure" | "field" | "unit" | "user" | "calendar_day" | "session" | "dossier";
                                entityId: string | null;
                                entityLabel: string;
                                before?: unknown;
                                after?: unknown;
                                details?: unknown;
                                address: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered audit log as an Excel workbook */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    category?: "administration" | "sign_in" | "personal_data" | "fees";
                    action?: "setup.complete" | "settings.update" | "procedure.create" | "procedure.update" | "procedure.new_version" | "procedure.import" | "field.create" | "field.update" | "unit.create" | "unit.update" | "unit.delete" | "user.create" | "user.update" | "user.deactivate" | "user.reactivate" | "user.reset_password" | "user.transfer_dossiers" | "calendar.add" | "calendar.update" | "calendar.delete" | "auth.sign_in" | "auth.sign_in_failed" | "auth.lockout" | "personal_data.view" | "fee.payment" | "fee.online_payment";
                    actorUserId?: string;
                    q?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account, active or locked, with the open dossiers each holds and the last sign-in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Users */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            fullName: string;
                            title: string;
                            /** @enum {string} */
                            role: "desk_officer" | "department_head" | "handler" | "chairperson" | "admin";
                            /** Format: uuid */
                            unitId: string;
                            unitName: string;
                            phone: string | null;
                            email: string | null;
                            active: boolean;
                            mustChangePassword: boolean;
                            version: number;
                            heldDossierCount: number;
                            /** Format: date-time */
                            lastSignInAt: string | null;
                        }[];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Create an account; its one-time password is in the answer only, to be changed at the first sign-in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        fullName: string;
                        /** @default  */
                        title?: string;
                        /** @enum {string} */
                        role: "desk_officer" | "department_head" | "handler" | "chairperson" | "admin";
                        /** Format: uuid */
                        unitId: string;
                        phone?: string;
                        /** Format: email */
                        email?: string;
                    };
                };
            };
            responses: {
                /** @description The account and its one-time password */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                fullName: string;
                                title: string;
                                /** @enum {string} */
                                role: "desk_officer" | "department_head" | "handler" | "chairperson" | "admin";
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                phone: string | null;
                                email: string | null;
                                active: boolean;
                                mustChangePassword: boolean;
                                version: number;
                                heldDossierCount: number;
                                /** Format: date-time */
                                lastSignInAt: string | null;
                            };
                            oneTimePassword: string;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit an account (role and unit only while it holds no open dossier) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName: string;
                        /** @default  */
                        title?: string;
                        /** @enum {string} */
                        role: "desk_officer" | "department_head" | "handler" | "chairperson" | "admin";
                        /** Format: uuid */
                        unitId: string;
                        phone?: string;
                        /** Format: email */
                        email?: string;
                        /** @description The version the user saw; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            fullName: string;
                            title: string;
                            /** @enum {string} */
                            role: "desk_officer" | "department_head" | "handler" | "chairperson" | "admin";
                            /** Format: uuid */
                            unitId: string;
                            unitName: string;
                            phone: string | null;
                            email: string | null;
                            active: boolean;
                            mustChangePassword: boolean;
                            version: number;
                            heldDossierCount: number;
                            /** Format: date-time */
                            lastSignInAt: string | null;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lock (every session ends) or unlock an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active: boolean;
                        /** @description The version the user saw; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            fullName: string;
                            title: string;
                            /** @enum {string} */
                            role: "desk_officer" | "department_head" | "handler" | "chairperson" | "admin";
                            /** Format: uuid */
                            unitId: string;
                            unitName: string;
                            phone: string | null;
                            email: string | null;
                            active: boolean;
                            mustChangePassword: boolean;
                            version: number;
                            heldDossierCount: number;
                            /** Format: date-time */
                            lastSignInAt: string | null;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new one-time password (shown once); sessions end and the next sign-in must change it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version the user saw; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description The account and its one-time password */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                fullName: string;
                                title: string;
                                /** @enum {string} */
                                role: "desk_officer" | "department_head" | "handler" | "chairperson" | "admin";
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                phone: string | null;
                                email: string | null;
                                active: boolean;
                                mustChangePassword: boolean;
                                version: number;
                                heldDossierCount: number;
                                /** Format: date-time */
                                lastSignInAt: string | null;
                            };
                            oneTimePassword: string;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/held-dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open dossiers an account holds or handles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Dossiers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            version: number;
                            status: string;
                            procedureName: string;
                            applicantName: string;
                            /** Format: date-time */
                            appointmentAt: string | null;
                        }[];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the listed dossiers to a colleague with the same role in the same unit (one transaction) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        toUserId: string;
                        /** @default  */
                        note?: string;
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description The version the user saw; a stale one gets 409 */
                            version: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description How many */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            transferred: number;
                        };
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/require-password-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Administrator: the user must choose a new password before doing anything else */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The user will be asked at once (their sessions stay, every other call is refused until then) */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{idNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's page: every dossier of one ID number (as applicant or submitter), open ones first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    idNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The person and their dossiers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{idNumber}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person's scanned documents of their dossiers, newest first: what a new dossier may reuse */
        get: {
            parameters: {
                query?: {
                    excludeDossierId?: string;
                };
                header?: never;
                path: {
                    idNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Digitised documents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReusableDocument"][];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open dossiers of the same applicant (ID number, or name and date of birth) and procedure, before receiving a new one */
        get: {
            parameters: {
                query: {
                    procedureId: string;
                    idNumber?: string;
                    name?: string;
                    dateOfBirth?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The open dossiers that look like the same request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DuplicateDossier"][];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/documents/{documentId}/reuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a checklist item as digitised by reusing the applicant's scanned document of an earlier dossier (null stops reusing) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The checklist item's version the user saw; a stale one gets 409 */
                        version: number;
                        /** Format: uuid */
                        sourceDocumentId: string | null;
                    };
                };
            };
            responses: {
                /** @description The dossier with the item digitised */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDetail"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look a dossier up with the code on its receipt and the last 4 digits of the applicant's phone or ID number
         * @description No account needed. The portal may send its X-Api-Key (MOTCUA_PORTAL_KEY): its calls are not limited per address, since they all come from the portal's own server. The same 404 answers a code that does not exist and digits that do not match. The answer names units, never people, and carries no ID number, phone or address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        digits: string;
                    };
                };
            };
            responses: {
                /** @description The dossier as the public sees it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicDossier"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description More than 10 lookups a minute from this address; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The applicant rates the service (1–5 and a comment), once per dossier, after the result is returned
         * @description No account needed. The portal may send its X-Api-Key (MOTCUA_PORTAL_KEY): its calls are not limited per address, since they all come from the portal's own server. Checked like a lookup (code and digits); 409 when the result is not returned yet or the dossier is already rated.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        digits: string;
                        level: number;
                        /** @default  */
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description The dossier, rated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicDossier"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Status or version conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description More than 10 lookups a minute from this address; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counter/awaiting-rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The counter tablet: the dossier the signed-in desk officer handed over in the last minutes, not yet rated */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The dossier, or null */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AwaitingRating"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counter/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The counter tablet: one dossier to rate (its code and procedure only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The dossier */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CounterDossier"];
                    };
                };
                /** @description Invalid input: field messages in `fields` */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
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
        CurrentUser: {
            /** Format: uuid */
            id: string;
            username: string;
            fullName: string;
            title: string;
            /** @enum {string} */
            role: "desk_officer" | "department_head" | "handler" | "chairperson" | "admin";
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /** @enum {string} */
            unitKind: "centre" | "department" | "external";
            centreName: string;
            mustChangePassword: boolean;
        };
        ApiError: {
            /** @description The kind of failure, for programs to branch on: validation_failed, unauthorized, forbidden, not_found, conflict, stale_version, invalid_transition, … */
            error: string;
            code: components["schemas"]["MessageCode"];
            /** @description Values of the `{{name}}` placeholders of the code's text */
            params?: {
                [key: string]: string | number;
            };
            /** @description The sentence in Vietnamese, for clients that do not translate */
            message: string;
            /** @description Field path (e.g. applicant.phone) → what is wrong with it */
            fields?: {
                [key: string]: components["schemas"]["FieldMessage"];
            };
        };
        /**
         * @description Which sentence to show a person; translate it with its params. The list and the Vietnamese texts: src/domain/messages.ts
         * @enum {string}
         */
        MessageCode: "unauthorized" | "invalid_credentials" | "account_disabled" | "forbidden" | "portal_key_invalid" | "portal_key_missing" | "desk_only_receive" | "desk_only_intake_slips" | "overview_forbidden" | "register_forbidden" | "attachment_forbidden" | "admin_only" | "audit_log_forbidden" | "setup_already_done" | "setup_code_invalid" | "login_throttled" | "password_change_required" | "require_password_change_forbidden" | "csrf_rejected" | "validation_failed" | "invalid_json" | "payload_too_large" | "invalid_text" | "unsupported_media_type" | "invalid_multipart" | "value_not_accepted" | "route_not_found" | "internal_error" | "network_error" | "server_unavailable" | "not_found" | "dossier_not_found" | "dossier_code_not_found" | "portal_submission_not_found" | "procedure_not_found" | "intake_slip_not_found" | "file_not_found" | "saved_view_not_found" | "field_not_found" | "unit_not_found" | "user_not_found" | "calendar_day_not_found" | "stale_version" | "action_not_allowed_now" | "action_not_for_role" | "dossier_not_at_desk" | "dossier_not_in_department" | "dossier_not_held_by_you" | "no_appointment" | "apology_after_appointment" | "supplement_deadline_not_passed" | "previous_handler_unknown" | "fee_none" | "fee_already_paid" | "fee_due_before_return" | "rating_already_given" | "rating_before_return" | "portal_payment_mismatch" | "saved_view_name_taken" | "stale_record" | "procedure_code_taken" | "field_code_taken" | "field_in_use" | "unit_code_taken" | "unit_in_use" | "unit_has_work" | "centre_unique" | "centre_kind_fixed" | "centre_cannot_deactivate" | "username_taken" | "user_holds_dossiers" | "cannot_deactivate_self" | "cannot_change_own_role" | "last_admin" | "user_inactive" | "transfer_dossier_not_held" | "calendar_day_exists" | "import_has_errors" | "import_stale" | "lookup_not_found" | "lookup_throttled" | "department_invalid" | "handler_not_in_department" | "handler_unchanged" | "approver_not_found" | "returned_at_in_future" | "returned_at_before_receipt" | "new_appointment_not_later" | "new_appointment_outside_working_time" | "incomplete_dossier" | "document_missing" | "document_not_in_procedure" | "document_not_in_dossier" | "procedure_code_unknown" | "duplicate_dossier_open" | "reuse_source_not_found" | "reuse_needs_id_number" | "reuse_other_person" | "reuse_same_dossier" | "reuse_source_not_digitised" | "reuse_not_received" | "field_invalid" | "deciding_unit_invalid" | "effective_from_past" | "effective_from_required" | "role_unit_mismatch" | "unit_inactive" | "transfer_target_invalid" | "transfer_target_same" | "payment_more_than_owed" | "paid_at_in_future" | "paid_at_before_submission" | "calendar_working_day_already" | "file_required" | "file_empty" | "file_too_large" | "file_type_unsupported" | "file_content_invalid" | "import_file_invalid" | "import_sheet_missing" | "import_column_missing" | "import_empty" | "import_too_many_rows" | "import_cell_required" | "import_cell_invalid" | "import_code_duplicate" | "import_procedure_unknown" | "import_field_unknown" | "import_unit_unknown" | "import_shares_incomplete" | "username_required" | "password_required" | "current_password_required" | "current_password_wrong" | "new_password_required" | "password_too_short" | "password_too_long" | "password_contains_username" | "password_unchanged" | "password_too_common" | "password_confirmation_mismatch" | "text_invalid_characters" | "text_not_utf8" | "json_too_deep" | "year_out_of_range" | "applicant_name_required" | "submitter_name_required" | "address_required" | "id_number_length" | "id_number_province" | "id_number_century" | "birth_date_invalid" | "phone_invalid" | "email_invalid" | "procedure_required" | "copies_negative" | "copies_too_many" | "sets_too_few" | "fee_negative" | "document_name_required" | "missing_items_required" | "reason_required" | "refusal_reason_required" | "delay_reason_required" | "department_required" | "handler_required" | "supplement_days_too_few" | "supplement_days_too_many" | "result_kind_required" | "result_number_required" | "result_summary_required" | "revision_note_required" | "recipient_required" | "returned_at_invalid" | "new_appointment_required" | "version_required" | "dossiers_required" | "dossiers_too_many" | "page_too_small" | "page_size_too_big" | "period_end_before_start" | "view_name_required" | "view_query_too_long" | "duration_amount_invalid" | "duration_amount_not_allowed" | "appointment_query_both" | "appointment_query_missing" | "duration_amount_required" | "portal_submission_id_required" | "procedure_code_required" | "portal_documents_required" | "duplicate_query_person" | "record_version_required" | "national_code_required" | "procedure_code_invalid" | "procedure_name_required" | "field_required" | "deciding_unit_required" | "checklist_required" | "copies_too_few" | "leg_shares_sum" | "field_code_required" | "field_code_invalid" | "field_name_required" | "unit_code_required" | "unit_code_invalid" | "unit_name_required" | "public_address_invalid" | "short_name_required" | "province_required" | "commune_required" | "peoples_committee_required" | "place_required" | "clock_invalid" | "office_period_empty" | "office_lunch_overlap" | "office_no_standard_day" | "template_subject_required" | "template_body_required" | "template_placeholder_unknown" | "username_invalid" | "full_name_required" | "role_required" | "unit_required" | "staff_phone_invalid" | "transfer_target_required" | "calendar_name_required" | "calendar_paste_empty" | "calendar_line_invalid" | "calendar_line_duplicate" | "setup_code_required" | "payment_amount_required" | "receipt_number_required" | "payer_name_required" | "paid_at_invalid" | "lookup_code_required" | "lookup_digits_invalid" | "rating_level_required" | "transaction_id_required" | "dossier_code_required" | "required" | "invalid_value" | "invalid_choice" | "invalid_format" | "invalid_id" | "invalid_date" | "invalid_datetime" | "text_too_short" | "text_too_long" | "number_not_integer" | "number_too_small" | "number_too_big" | "number_not_above" | "number_not_below" | "too_few_items" | "too_many_items" | "unknown_fields";
        FieldMessage: {
            code: components["schemas"]["MessageCode"];
            /** @description Values of the `{{name}}` placeholders of the code's text */
            params?: {
                [key: string]: string | number;
            };
            /** @description The sentence in Vietnamese, for clients that do not translate */
            message: string;
        };
        QueueCount: {
            /** @enum {string} */
            queue: "online_intake" | "to_hand_over" | "awaiting_supplement" | "to_return" | "withdrawn_stopped" | "not_digitised" | "awaiting_assignment" | "in_department" | "mine" | "awaiting_approval" | "due_soon" | "late" | "all";
            count: number;
        };
        SavedView: {
            /** Format: uuid */
            id: string;
            name: string;
            query: string;
            createdAt: string;
        };
        DossierList: {
            items: components["schemas"]["DossierListItem"][];
            total: number;
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        DossierListItem: {
            /** Format: uuid */
            id: string;
            code: string;
            status: components["schemas"]["DossierStatus"];
            nationalStatusCode: number;
            channel: components["schemas"]["Channel"];
            applicantName: string;
            procedureCode: string;
            procedureName: string;
            holder: components["schemas"]["HolderRef"];
            /** Format: date-time */
            receivedAt: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            appointmentAt: string | null;
            dueState: components["schemas"]["DueState"];
            version: number;
        };
        /** @enum {string} */
        DossierStatus: "awaiting_intake" | "intake_completion_requested" | "refused" | "received" | "awaiting_assignment" | "processing" | "supplement_requested" | "awaiting_approval" | "result_ready" | "returned" | "withdrawn" | "stopped" | "not_accepted";
        /** @enum {string} */
        Channel: "walk_in" | "online" | "postal";
        HolderRef: {
            /** Format: uuid */
            unitId: string;
            unitName: string;
            unitShortName: string;
            /** Format: uuid */
            userId: string | null;
            userName: string | null;
        };
        /** @enum {string} */
        DueState: "normal" | "due_soon" | "late" | "paused";
        DossierDetail: {
            /** Format: uuid */
            id: string;
            code: string;
            status: components["schemas"]["DossierStatus"];
            nationalStatusCode: number;
            channel: components["schemas"]["Channel"];
            applicantName: string;
            procedureCode: string;
            procedureName: string;
            holder: components["schemas"]["HolderRef"];
            /** Format: date-time */
            receivedAt: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            appointmentAt: string | null;
            dueState: components["schemas"]["DueState"];
            version: number;
            /** Format: uuid */
            procedureId: string;
            fieldName: string;
            duration: {
                /** @enum {string} */
                unit: "working_days" | "working_hours" | "calendar_days" | "same_day";
                amount: number;
            };
            decidingUnit: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            applicant: {
                name: string;
                idNumber: string | null;
                dateOfBirth: string | null;
                /** @enum {string|null} */
                gender: "male" | "female" | null;
                phone: string | null;
                email: string | null;
                address: string;
            };
            submitter: {
                name: string;
                idNumber: string | null;
                dateOfBirth: string | null;
                /** @enum {string|null} */
                gender: "male" | "female" | null;
                phone: string | null;
                address: string | null;
            } | null;
            /** Format: date-time */
            originalAppointmentAt: string | null;
            supplementCount: number;
            /** Format: date-time */
            supplementDeadlineAt: string | null;
            /** Format: date-time */
            pausedAt: string | null;
            feeAmount: number;
            fee: components["schemas"]["DossierFee"];
            payments: components["schemas"]["FeePayment"][];
            rating: components["schemas"]["DossierRating"];
            /** @enum {string} */
            returnMethod: "desk" | "post" | "online";
            result: {
                /** @enum {string} */
                kind: "granted" | "denied";
                number: string | null;
                summary: string | null;
                /** Format: date-time */
                decidedAt: string | null;
            } | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: date-time */
            returnedAt: string | null;
            notes: string;
            setsCount: number;
            registerBook: string | null;
            registerNumber: number | null;
            portalSubmissionId: string | null;
            documents: components["schemas"]["DossierDocument"][];
            digitisation: components["schemas"]["DossierDigitisation"];
            events: components["schemas"]["DossierEvent"][];
            attachments: components["schemas"]["DossierAttachment"][];
            notifications: components["schemas"]["DossierNotification"][];
            availableActions: ("submit_online" | "receive" | "accept_online" | "request_completion" | "complete_submission" | "refuse" | "hand_over" | "assign" | "reassign" | "request_supplement" | "receive_supplement" | "submit_result" | "approve" | "return_to_handler" | "return_result" | "withdraw" | "stop" | "apologize" | "close_not_accepted" | "transfer_holder" | "record_payment" | "rate")[];
        };
        DossierFee: {
            amount: number;
            paidAmount: number;
            /** @enum {string} */
            state: "none" | "unpaid" | "partial" | "paid";
            /** @enum {string} */
            due: "at_receipt" | "before_return";
            /** Format: date-time */
            paidAt: string | null;
            paidOnline: boolean;
            lines: {
                /** @enum {string} */
                kind: "fee" | "charge";
                amount: number;
                note: string;
            }[];
        };
        FeePayment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            amount: number;
            /** @enum {string} */
            method: "cash" | "transfer" | "online";
            receiptNumber: string | null;
            transactionId: string | null;
            payerName: string;
            /** Format: date-time */
            paidAt: string;
            recordedByName: string | null;
            /** Format: date-time */
            recordedAt: string;
            note: string;
        };
        DossierRating: {
            level: number;
            comment: string;
            /** @enum {string} */
            channel: "counter" | "lookup";
            /** Format: date-time */
            ratedAt: string;
        } | null;
        DossierDocument: {
            /** Format: uuid */
            id: string;
            position: number;
            name: string;
            received: boolean;
            /** @enum {string} */
            form: "original" | "certified_copy" | "photocopy";
            count: number;
            /** @enum {string} */
            digitisation: "scanned" | "reused" | "none";
            reusedFrom: components["schemas"]["ReusedDocumentRef"];
            version: number;
        };
        ReusedDocumentRef: {
            /** Format: uuid */
            documentId: string;
            /** Format: uuid */
            dossierId: string;
            dossierCode: string;
            name: string;
            files: {
                /** Format: uuid */
                id: string;
                fileName: string;
                contentType: string;
                sizeBytes: number;
            }[];
        } | null;
        DossierDigitisation: {
            digitised: boolean;
            documentsReceived: number;
            documentsDigitised: number;
            resultDigitised: boolean | null;
        };
        DossierEvent: {
            /** Format: uuid */
            id: string;
            seq: number;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            action: "submit_online" | "receive" | "accept_online" | "request_completion" | "complete_submission" | "refuse" | "hand_over" | "assign" | "reassign" | "request_supplement" | "receive_supplement" | "submit_result" | "approve" | "return_to_handler" | "return_result" | "withdraw" | "stop" | "apologize" | "close_not_accepted" | "transfer_holder" | "record_payment" | "rate";
            actorName: string | null;
            /** @enum {string|null} */
            actorRole: "desk_officer" | "department_head" | "handler" | "chairperson" | "admin" | null;
            fromStatus: components["schemas"]["DossierStatus"] & (string | null);
            toStatus: components["schemas"]["DossierStatus"];
            fromHolder: components["schemas"]["HolderRef"] & (Record<string, never> | null);
            toHolder: components["schemas"]["HolderRef"] & (Record<string, never> | null);
            note: string;
            details: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            legDeadlineAt: string | null;
            /** @enum {string|null} */
            legResult: "early" | "on_time" | "late" | null;
        };
        DossierAttachment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dossierDocumentId: string | null;
            /** @enum {string} */
            kind: "document" | "supplement" | "result";
            fileName: string;
            contentType: string;
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
            uploadedByName: string | null;
        };
        DossierNotification: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            channel: "sms" | "email" | "zalo";
            recipient: string;
            template: string;
            subject: string;
            body: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
        };
        IntakeSlip: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "guidance" | "refusal";
            number: string;
            procedure: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                fieldName: string;
            };
            applicant: {
                name: string;
                idNumber: string | null;
                phone: string | null;
                address: string;
            };
            items: {
                name: string;
                /** @default  */
                note: string;
            }[];
            reason: string;
            officer: {
                /** Format: uuid */
                id: string;
                name: string;
                phone: string | null;
            };
            createdAt: string;
        };
        Procedure: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            fieldCode: string;
            fieldName: string;
            /** @enum {string} */
            durationUnit: "working_days" | "working_hours" | "calendar_days" | "same_day";
            durationAmount: number;
            feeAmount: number;
            feeNote: string;
            feeLines: {
                /** @enum {string} */
                kind: "fee" | "charge";
                amount: number;
                note: string;
            }[];
            /** @enum {string} */
            feeDue: "at_receipt" | "before_return";
            /** Format: uuid */
            decidingUnitId: string;
            decidingUnitName: string;
            /** @enum {string} */
            supplementClock: "pause" | "restart";
            /** @enum {string} */
            onlineLevel: "full" | "partial" | "none";
            documents: {
                /** Format: uuid */
                id: string;
                position: number;
                name: string;
                required: boolean;
                /** @enum {string} */
                defaultForm: "original" | "certified_copy" | "photocopy";
                defaultCount: number;
            }[];
        };
        Field: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
        };
        Appointment: {
            /** Format: date-time */
            appointmentAt: string;
        };
        CentreSettings: {
            province: string;
            peoplesCommittee: string;
            communeName: string;
            place: string;
            unitCode: string;
            centreName: string;
            address: string;
            phone: string;
            publicAddress: string;
            signerName: string;
            signerTitle: string;
            registerBook: string;
        };
        PortalSubmissionResponse: {
            /** Format: uuid */
            dossierId: string;
            code: string;
            status: string;
            created: boolean;
        };
        PortalPaymentResponse: {
            /** Format: uuid */
            paymentId: string;
            transactionId: string;
            dossierCode: string;
            amount: number;
            /** Format: date-time */
            paidAt: string;
            /** @enum {string} */
            feeState: "none" | "unpaid" | "partial" | "paid";
            created: boolean;
        };
        Unit: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            shortName: string;
            /** @enum {string} */
            kind: "centre" | "department" | "external";
        };
        User: {
            /** Format: uuid */
            id: string;
            fullName: string;
            title: string;
            /** @enum {string} */
            role: "desk_officer" | "department_head" | "handler" | "chairperson" | "admin";
            /** Format: uuid */
            unitId: string;
            phone: string | null;
        };
        Overview: {
            period: {
                from: string;
                to: string;
            };
            byStatus: {
                status: components["schemas"]["DossierStatus"];
                count: number;
            }[];
            byDepartment: {
                open: number;
                dueSoon: number;
                late: number;
                /** Format: uuid */
                unitId: string;
                name: string;
            }[];
            byHandler: {
                open: number;
                dueSoon: number;
                late: number;
                /** Format: uuid */
                userId: string;
                name: string;
                unitName: string;
            }[];
            indicators: {
                decided: number;
                decidedOnTime: number;
                decidedLate: number;
                onTimeRate: number | null;
                received: number;
                receivedOnline: number;
                onlineShare: number | null;
                refusedOnline: number;
                digitised: number;
                digitisationShare: number | null;
            };
            processingTime: {
                /** Format: uuid */
                procedureId: string;
                code: string;
                name: string;
                decided: number;
                averageWorkingDays: number;
            }[];
            weekly: {
                weekStart: string;
                received: number;
                decided: number;
            }[];
            satisfaction: {
                decided: number;
                late: number;
                rated: number;
                dissatisfied: number;
                index: number | null;
                average: number | null;
                levels: {
                    level: number;
                    count: number;
                }[];
                byOfficer: {
                    /** Format: uuid */
                    userId: string;
                    name: string;
                    /** @enum {string} */
                    role: "desk_officer" | "handler";
                    rated: number;
                    average: number | null;
                    dissatisfied: number;
                }[];
                comments: {
                    /** Format: uuid */
                    dossierId: string;
                    code: string;
                    level: number;
                    comment: string;
                    ratedAt: string;
                }[];
            };
            onlinePayment: {
                paid: number;
                paidOnline: number;
                share: number | null;
            };
        };
        RegisterRow: {
            number: number;
            /** Format: uuid */
            id: string;
            code: string;
            procedureName: string;
            applicantName: string;
            address: string;
            phone: string | null;
            decidingUnitName: string;
            receivedAt: string;
            appointmentAt: string | null;
            returnedAt: string | null;
            /** @enum {string} */
            returnMethod: "desk" | "post" | "online";
            returnedTo: string | null;
        };
        Person: {
            idNumber: string;
            name: string | null;
            dateOfBirth: string | null;
            /** @enum {string|null} */
            gender: "male" | "female" | null;
            address: string | null;
            phone: string | null;
            openCount: number;
            dossiers: components["schemas"]["PersonDossier"][];
        };
        PersonDossier: {
            /** Format: uuid */
            id: string;
            code: string;
            status: components["schemas"]["DossierStatus"];
            nationalStatusCode: number;
            channel: components["schemas"]["Channel"];
            applicantName: string;
            procedureCode: string;
            procedureName: string;
            holder: components["schemas"]["HolderRef"];
            /** Format: date-time */
            receivedAt: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            appointmentAt: string | null;
            dueState: components["schemas"]["DueState"];
            version: number;
            /** @enum {string} */
            role: "applicant" | "submitter";
            digitised: boolean;
        };
        ReusableDocument: {
            /** Format: uuid */
            documentId: string;
            /** Format: uuid */
            dossierId: string;
            dossierCode: string;
            procedureName: string;
            name: string;
            /** Format: date-time */
            receivedAt: string | null;
            files: {
                /** Format: uuid */
                id: string;
                fileName: string;
                contentType: string;
                sizeBytes: number;
            }[];
        };
        DuplicateDossier: {
            /** Format: uuid */
            id: string;
            code: string;
            status: components["schemas"]["DossierStatus"];
            applicantName: string;
            /** Format: date-time */
            receivedAt: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            appointmentAt: string | null;
            /** @enum {string} */
            matchedBy: "id_number" | "name_and_birth_date";
        };
        PublicDossier: {
            code: string;
            procedureName: string;
            channel: components["schemas"]["Channel"];
            status: components["schemas"]["DossierStatus"];
            nationalStatusCode: number;
            statusText: string;
            holderUnitName: string;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            receivedAt: string | null;
            /** Format: date-time */
            appointmentAt: string | null;
            steps: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                action: "submit_online" | "receive" | "accept_online" | "request_completion" | "complete_submission" | "refuse" | "hand_over" | "assign" | "reassign" | "request_supplement" | "receive_supplement" | "submit_result" | "approve" | "return_to_handler" | "return_result" | "withdraw" | "stop" | "apologize" | "close_not_accepted" | "transfer_holder" | "record_payment" | "rate";
                text: string;
                unitName: string | null;
            }[];
            supplement: {
                reason: string;
                items: {
                    name: string;
                    note: string;
                }[];
                /** Format: date-time */
                deadlineAt: string | null;
            } | null;
            result: {
                ready: boolean;
                /** @enum {string|null} */
                kind: "granted" | "denied" | null;
                /** @enum {string} */
                returnMethod: "desk" | "post" | "online";
                /** Format: date-time */
                returnedAt: string | null;
                place: {
                    name: string;
                    address: string;
                    phone: string;
                };
            };
            fee: {
                amount: number;
                paidAmount: number;
                /** @enum {string} */
                state: "none" | "unpaid" | "partial" | "paid";
                /** @enum {string} */
                due: "at_receipt" | "before_return";
                /** Format: date-time */
                paidAt: string | null;
                paidOnline: boolean;
            };
            rating: {
                given: boolean;
                open: boolean;
            };
        };
        AwaitingRating: {
            dossier: components["schemas"]["CounterDossier"];
        };
        CounterDossier: {
            /** Format: uuid */
            id: string;
            code: string;
            procedureName: string;
            version: number;
            /** Format: date-time */
            returnedAt: string | null;
            rated: boolean;
        } | null;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
