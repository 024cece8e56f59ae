from rubrics.cli import main

main()
