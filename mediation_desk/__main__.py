from mediation_desk.cli import main

raise SystemExit(main())
