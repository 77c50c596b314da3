extension PaperLayout {
    /// The built-in layout: a title page with the partner's identity, the summary, the context,
    /// the numbered demands with their footnoted sources, the list of sources and the contact,
    /// with a print stylesheet for A4 pages, page numbers and a running title.
    static let defaultText = #"""
        <!DOCTYPE html>
        <html lang="{{language}}">
        <head>
        <meta charset="utf-8">
        <title>{{title}}</title>
        <style>
        @page {
          size: A4;
          margin: 25mm 20mm 25mm 20mm;
          @top-center { content: string(running-title); font-size: 8.5pt; color: #555; }
          @bottom-right { content: counter(page) " / " counter(pages); font-size: 8.5pt; color: #555; }
          @bottom-left { content: string(running-partner); font-size: 8.5pt; color: #555; }
        }
        @page :first { @top-center { content: none; } }
        html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
        body { margin: 0; }
        h1, h2, h3 { break-after: avoid; page-break-after: avoid; line-height: 1.2; }
        h1 { string-set: running-title content(); font-size: 22pt; margin: 0 0 8mm; }
        h2 { font-size: 14pt; margin-top: 9mm; border-bottom: 0.5pt solid #999; }
        h3 { font-size: 11.5pt; margin-top: 6mm; }
        p, li { orphans: 3; widows: 3; }
        .title-page { break-after: page; page-break-after: always; min-height: 200mm; }
        .title-page .partner-name { string-set: running-partner content(); font-weight: bold; font-size: 13pt; }
        .title-page .logo { max-width: 45mm; max-height: 25mm; margin-bottom: 12mm; }
        .title-page address { font-style: normal; margin-top: 30mm; }
        .legal { font-size: 8.5pt; color: #444; margin-top: 6mm; }
        .draft-mark { position: fixed; top: -15mm; right: 0; padding: 1mm 3mm; border: 1.5pt solid #b00; color: #b00; font-weight: bold; letter-spacing: 0.15em; }
        .fallback { border-left: 2pt solid #c80; padding-left: 3mm; }
        .fallback-note { font-size: 8pt; color: #c80; font-style: italic; margin: 0; }
        .language-note { font-size: 8pt; color: #c80; font-style: italic; }
        .demand { break-inside: avoid-page; }
        .footnote-ref { font-size: 7.5pt; vertical-align: super; line-height: 0; }
        .footnote-ref a, .sources a { color: inherit; text-decoration: none; }
        .sources li { margin-bottom: 2mm; }
        .sources .url { word-break: break-all; font-size: 8.5pt; }
        @media screen { body { max-width: 170mm; margin: 10mm auto; } }
        </style>
        </head>
        <body>
        {{#draft}}<div class="draft-mark" role="note">{{draftMark}}</div>{{/draft}}
        <section class="title-page">
        {{#partner}}
        {{#logo}}<img class="logo" src="{{partner.logo}}" alt="{{partner.name}}">{{/logo}}
        <p class="partner-name"{{#nameIn}} lang="{{code}}"{{/nameIn}}>{{name}}</p>
        {{/partner}}
        <h1{{#fallback}} class="fallback" lang="{{fallbackLanguage}}"{{/fallback}}>{{title}}</h1>
        {{#fallback}}<p class="fallback-note">{{notTranslated}}</p>{{/fallback}}{{#date}}<p class="date">{{date}}</p>{{/date}}
        {{#partner}}
        <address><span{{#addressIn}} lang="{{code}}"{{/addressIn}}>{{#addressLines}}{{line}}<br>{{/addressLines}}</span>{{#addressIn}}<span class="language-note">{{note}}</span><br>{{/addressIn}}{{#website}}<a href="{{website}}">{{website}}</a>{{/website}}</address>
        {{#legal}}<p class="legal"><span{{#legalIn}} lang="{{code}}"{{/legalIn}}>{{partner.legal}}</span>{{#legalIn}} <span class="language-note">{{note}}</span>{{/legalIn}}</p>{{/legal}}
        {{/partner}}
        </section>
        <section class="summary">
        <h2>{{labels.summary}}</h2>
        {{#summary}}<div{{#fallback}} class="fallback" lang="{{fallbackLanguage}}"{{/fallback}}>{{#fallback}}<p class="fallback-note">{{notTranslated}}</p>{{/fallback}}{{{html}}}</div>{{/summary}}
        </section>
        {{#context}}
        <section class="context">
        <h2>{{labels.context}}</h2>
        <div{{#fallback}} class="fallback" lang="{{fallbackLanguage}}"{{/fallback}}>{{#fallback}}<p class="fallback-note">{{notTranslated}}</p>{{/fallback}}{{{html}}}</div>
        </section>
        {{/context}}
        <section class="demands">
        <h2>{{labels.demands}}</h2>
        {{#demands}}
        <article class="demand" id="demand-{{number}}">
        <h3>{{#numbered}}<span class="number">{{number}}.</span> {{/numbered}}<span{{#fallback}} class="fallback" lang="{{fallbackLanguage}}"{{/fallback}}>{{title}}</span>{{#citations}}<sup class="footnote-ref"><a href="#source-{{number}}">[{{number}}]</a></sup>{{/citations}}</h3>
        {{#body}}<div{{#fallback}} class="fallback" lang="{{fallbackLanguage}}"{{/fallback}}>{{#fallback}}<p class="fallback-note">{{notTranslated}}</p>{{/fallback}}{{{html}}}</div>{{/body}}
        </article>
        {{/demands}}
        </section>
        {{#hasSources}}
        <section class="sources">
        <h2>{{labels.sources}}</h2>
        <ol>
        {{#sources}}
        <li id="source-{{number}}" value="{{number}}">{{publisher}}, <cite>{{title}}</cite>, {{year}}.{{#url}} <a class="url" href="{{url}}">{{url}}</a>{{/url}}</li>
        {{/sources}}
        </ol>
        </section>
        {{/hasSources}}
        {{#partner}}
        <section class="contact">
        <h2>{{labels.contact}}</h2>
        <p>{{#contact}}<span{{#contactIn}} lang="{{code}}"{{/contactIn}}>{{name}}</span>{{#contactIn}} <span class="language-note">{{note}}</span>{{/contactIn}}<br><a href="mailto:{{email}}">{{email}}</a><br>{{/contact}}<span{{#addressIn}} lang="{{code}}"{{/addressIn}}>{{#addressLines}}{{line}}<br>{{/addressLines}}</span>{{#addressIn}}<span class="language-note">{{note}}</span>{{/addressIn}}</p>
        </section>
        {{/partner}}
        </body>
        </html>

        """#
}
