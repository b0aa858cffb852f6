"""The application's style sheet (Fusion underneath): a quiet sidebar, a clear stage bar, readable tables."""

STYLESHEET = """
QListWidget#Sidebar {
    background: #1f2a37;
    color: #e5e9f0;
    border: none;
    padding-top: 8px;
    font-size: 10.5pt;
}
QListWidget#Sidebar { outline: 0; }
QLabel#ScoreS, QLabel#ScoreK, QLabel#ScoreCap { font-weight: 600; font-size: 11pt; }
QListWidget#Sidebar::item { padding: 6px 14px; border-left: 3px solid transparent; }
QListWidget#Sidebar::item:selected { background: #2f3e50; color: #ffffff; border-left: 3px solid #4f9dde; }
QListWidget#Sidebar::item:hover:!selected { background: #27313f; }
QFrame#StageBar { background: transparent; border: none; }
QMenuBar { background: #f3f5f8; border-bottom: 1px solid #d8dde4; }
QMenuBar::item { padding: 5px 8px; background: transparent; }
QMenuBar::item:selected { background: #dfe6ee; }
QFrame#SidebarPanel { background: #1f2a37; }
QToolButton#SidebarToggle { color: #e5e9f0; border: none; padding: 4px 12px; font-size: 11pt; }
QToolButton#SidebarToggle:hover { background: #27313f; }
QLabel#StageBarYear { font-weight: 600; font-size: 11pt; }
QLabel#StageBarStage {
    background: #e1effa; color: #134e7c; border-radius: 9px; padding: 2px 10px; font-weight: 600;
}
QLabel#StageBarDates { color: #5b6573; }
QLabel#ScreenTitle { font-size: 15pt; font-weight: 600; color: #1f2a37; }
QLabel#CardValue { font-size: 15pt; font-weight: 600; color: #1f2a37; }
QLabel#CardCaption { color: #5b6573; }
QFrame#Card { background: #ffffff; border: 1px solid #dfe3e8; border-radius: 6px; }
QLabel#Hint { color: #5b6573; }
QLabel#Warning { color: #b3261e; }
QLabel#FirstStartTitle { font-size: 12pt; font-weight: 600; }
QTableView { gridline-color: #e4e7eb; selection-background-color: #cfe3f6; selection-color: #111; }
QHeaderView { font-weight: 600; }
QHeaderView::section { background: #f3f5f8; padding: 4px 6px; border: none; border-bottom: 1px solid #d8dde4;
    border-right: 1px solid #e4e7eb; font-weight: 600; }
"""
