// /api/docs: Swagger UI over the app's own OpenAPI description (files served by the app).
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("swagger-ui");
  if (!el || typeof SwaggerUIBundle === "undefined") return;  // the server-rendered list stays
  window.ui = SwaggerUIBundle({
    url: el.dataset.openapi,
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,  // the default asks a remote validator about the description
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
