from fulfil_desk.cli import main

main()
