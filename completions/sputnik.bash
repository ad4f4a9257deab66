# SPDX-License-Identifier: MIT
# bash completion for sputnik. Candidates come from `sputnik complete …`, so commands,
# options, ids, eras and categories always match the installed binary and your catalog.
# Installed as share/bash-completion/completions/sputnik; or: source completions/sputnik.bash

_sputnik() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local -a globals=()  # --kb/--catalog/--config already typed, so ids come from that catalog
  local cmd="" i word
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    case $word in
      --kb|--catalog|--config) globals+=("$word" "${COMP_WORDS[i+1]}"); ((i++)) ;;
      --color) ((i++)) ;;
      -*) ;;
      *) [[ -z $cmd ]] && cmd=$word ;;
    esac
  done
  _sputnik_words() { sputnik "${globals[@]}" complete "$@" 2>/dev/null; }
  local IFS=$'\n'
  case $prev in
    --kb|--catalog|--config|-o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --era) COMPREPLY=($(compgen -W "$(_sputnik_words eras)" -- "$cur")); return ;;
    -c|--category) COMPREPLY=($(compgen -W "$(_sputnik_words categories)" -- "$cur"))
                   COMPREPLY=("${COMPREPLY[@]// /\\ }"); return ;;
    -m|--moment) COMPREPLY=($(compgen -W "$(_sputnik_words moments)" -- "$cur")); return ;;
    --t0) COMPREPLY=($(compgen -W "$(_sputnik_words ai-events)" -- "$cur")); return ;;
    --lang) COMPREPLY=($(compgen -W $'en\nja' -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W $'auto\nalways\nnever' -- "$cur")); return ;;
    --format|-f) COMPREPLY=($(compgen -W "$(_sputnik_words formats "$cmd")" -- "$cur")); return ;;
    --status) COMPREPLY=($(compgen -W "$(_sputnik_words statuses)" -- "$cur")); return ;;
    --sort) COMPREPLY=($(compgen -W $'year\nlag\nname\nrelevance\ndate\n-date' -- "$cur")); return ;;
    --group-by) COMPREPLY=($(compgen -W $'none\nera\ndecade\ncategory\nmoment' -- "$cur")); return ;;
  esac
  if [[ -z $cmd ]]; then
    if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$(_sputnik_words options)" -- "$cur"))
    else COMPREPLY=($(compgen -W "$(_sputnik_words commands)" -- "$cur")); fi
    return
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_sputnik_words options "$cmd")" -- "$cur"))
    return
  fi
  case $cmd in
    show|similar) COMPREPLY=($(compgen -W "$(_sputnik_words ids)" -- "$cur")) ;;
    analogy|compare) COMPREPLY=($(compgen -W "$(_sputnik_words moments)" -- "$cur")) ;;
    annotate) COMPREPLY=($(compgen -f -- "$cur")) ;;
  esac
}
complete -F _sputnik sputnik
