;Language: Swahili (1089), for the Lango installer's pages.
;Strings of pages Lango does not use fall back to English.

!insertmacro LANGFILE "Swahili" "Swahili" "Kiswahili" "Kiswahili"

!ifdef MUI_WELCOMEPAGE
  ${LangFileString} MUI_TEXT_WELCOME_INFO_TITLE "Karibu kwenye usakinishaji wa $(^NameDA)"
  ${LangFileString} MUI_TEXT_WELCOME_INFO_TEXT "Programu hii itakuongoza kusakinisha $(^NameDA).$\r$\n$\r$\nFunga programu nyingine kabla ya kuanza.$\r$\n$\r$\n$_CLICK"
!endif

!ifdef MUI_DIRECTORYPAGE
  ${LangFileString} MUI_TEXT_DIRECTORY_TITLE "Chagua mahali pa kusakinisha"
  ${LangFileString} MUI_TEXT_DIRECTORY_SUBTITLE "Chagua folda ya kusakinisha $(^NameDA)."
!endif

!ifdef MUI_INSTFILESPAGE
  ${LangFileString} MUI_TEXT_INSTALLING_TITLE "Inasakinisha"
  ${LangFileString} MUI_TEXT_INSTALLING_SUBTITLE "Tafadhali subiri $(^NameDA) ikisakinishwa."
  ${LangFileString} MUI_TEXT_FINISH_TITLE "Usakinishaji umekamilika"
  ${LangFileString} MUI_TEXT_FINISH_SUBTITLE "Usakinishaji umefaulu."
  ${LangFileString} MUI_TEXT_ABORT_TITLE "Usakinishaji umesimamishwa"
  ${LangFileString} MUI_TEXT_ABORT_SUBTITLE "Usakinishaji haukukamilika."
!endif

!ifdef MUI_UNINSTFILESPAGE
  ${LangFileString} MUI_UNTEXT_UNINSTALLING_TITLE "Inaondoa"
  ${LangFileString} MUI_UNTEXT_UNINSTALLING_SUBTITLE "Tafadhali subiri $(^NameDA) ikiondolewa."
  ${LangFileString} MUI_UNTEXT_FINISH_TITLE "Kuondoa kumekamilika"
  ${LangFileString} MUI_UNTEXT_FINISH_SUBTITLE "$(^NameDA) imeondolewa."
  ${LangFileString} MUI_UNTEXT_ABORT_TITLE "Kuondoa kumesimamishwa"
  ${LangFileString} MUI_UNTEXT_ABORT_SUBTITLE "Kuondoa hakukukamilika."
!endif

!ifdef MUI_FINISHPAGE
  ${LangFileString} MUI_TEXT_FINISH_INFO_TITLE "Usakinishaji wa $(^NameDA) unakamilika"
  ${LangFileString} MUI_TEXT_FINISH_INFO_TEXT "$(^NameDA) imesakinishwa kwenye kompyuta yako.$\r$\n$\r$\nBofya Maliza kufunga."
  ${LangFileString} MUI_TEXT_FINISH_INFO_REBOOT "Kompyuta yako inahitaji kuwashwa upya ili kukamilisha usakinishaji wa $(^NameDA). Uiwashe upya sasa?"
!endif

!ifdef MUI_FINISHPAGE | MUI_UNFINISHPAGE
  ${LangFileString} MUI_TEXT_FINISH_REBOOTNOW "Washa upya sasa"
  ${LangFileString} MUI_TEXT_FINISH_REBOOTLATER "Nitawasha upya baadaye"
  ${LangFileString} MUI_TEXT_FINISH_RUN "&Fungua $(^NameDA)"
  ${LangFileString} MUI_TEXT_FINISH_SHOWREADME "&Onyesha maelezo"
  ${LangFileString} MUI_BUTTONTEXT_FINISH "&Maliza"
!endif

!ifdef MUI_UNCONFIRMPAGE
  ${LangFileString} MUI_UNTEXT_CONFIRM_TITLE "Ondoa $(^NameDA)"
  ${LangFileString} MUI_UNTEXT_CONFIRM_SUBTITLE "Ondoa $(^NameDA) kwenye kompyuta yako."
!endif

!ifdef MUI_ABORTWARNING
  ${LangFileString} MUI_TEXT_ABORTWARNING "Una uhakika unataka kuacha usakinishaji wa $(^Name)?"
!endif

!ifdef MUI_UNABORTWARNING
  ${LangFileString} MUI_UNTEXT_ABORTWARNING "Una uhakika unataka kuacha kuondoa $(^Name)?"
!endif
