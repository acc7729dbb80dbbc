// ESLint with the Office add-in conventions (eslint-plugin-office-addins) and Prettier.
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");

const preset = officeAddins.configs.recommended;
// The preset covers .js and .ts; .tsx files get the same plugins and rules.
const presetTs = preset.find((config) => config.plugins && config.plugins["office-addins"]);

module.exports = [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...preset,
  {
    files: ["**/*.tsx"],
    plugins: presetTs.plugins,
    languageOptions: presetTs.languageOptions,
    rules: presetTs.rules,
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // TypeScript checks names; ESLint does not know jest or DOM globals.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Node scripts and configs (CommonJS).
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      ecmaVersion: 2022,
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
      },
    },
  },
  {
    // The domain is pure: no Office.js, DOM, React or Node modules.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "react",
                "react-dom",
                "@fluentui/*",
                "office-js",
                "@microsoft/office-js",
                "fs",
                "path",
                "os",
                "node:*",
                "child_process",
                "@e965/*",
                "../hosts/*",
                "../../hosts/*",
                "../cli/*",
              ],
              message: "src/domain is pure TypeScript",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "Office",
        "Excel",
        "process",
        "require",
        "Buffer",
      ],
    },
  },
];
