/** The one configured Jackson mapper family and the codec that turns parse failures into typed exceptions. */
package io.github.paysdk.core.json;
