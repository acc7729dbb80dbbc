// ESLint with the Office add-in conventions (eslint-plugin-office-addins) and Prettier.
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");

module.exports = [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
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
    // The domain is pure: no Office.js, DOM, React or Node modules.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "@fluentui/*", "office-js", "@microsoft/office-js", "fs", "path", "os", "node:*", "child_process", "@e965/*", "../hosts/*", "../../hosts/*", "../cli/*"], message: "src/domain is pure TypeScript" },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process", "require", "Buffer"],
    },
  },
];
