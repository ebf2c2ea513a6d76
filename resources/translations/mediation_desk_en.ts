<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="27"/>
        <source>新建受理</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="28"/>
        <source>登记一件新的纠纷案件</source>
        <translation>Register a new dispute</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="29"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="30"/>
        <source>按案号、姓名、电话或身份证尾号、警情号、事实中的词查找案件</source>
        <translation>Find cases by number, name, last digits of a phone or ID number, police reference, or words in the facts</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="32"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="33"/>
        <source>重新读取当前页面的数据</source>
        <translation>Reload the data on this page</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="34"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35"/>
        <source>回到上一个页面</source>
        <translation>Go back to the previous page</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="37"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="38"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="39"/>
        <source>日程</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="40"/>
        <source>台账与统计</source>
        <translation>Ledger &amp; statistics</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="41"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>AgenciesBox</name>
    <message>
        <location filename="../../ui/agencies_box.py" line="33"/>
        <source>对接单位与联络员</source>
        <translation>Agencies and liaisons</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_box.py" line="38"/>
        <source>单位 / 联络员</source>
        <translation>Agency / liaison</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_box.py" line="38"/>
        <source>类别 / 职务</source>
        <translation>Kind / title</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_box.py" line="42"/>
        <source>还没有对接单位。公安、法院、信访等单位移送案件时，在这里登记单位和对接人员，安排调解时即可选择。</source>
        <translation>No agencies yet. Register the police stations, courts and petition offices that refer cases, and their liaisons, so they can be booked for sessions.</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_box.py" line="54"/>
        <source>单位名称，如 安宁派出所</source>
        <translation>Agency name, e.g. Anning police station</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_box.py" line="55"/>
        <source>添加单位</source>
        <translation>Add agency</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_box.py" line="67"/>
        <source>联络员姓名</source>
        <translation>Liaison name</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_box.py" line="70"/>
        <source>职务，如 社区民警</source>
        <translation>Title, e.g. community officer</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_box.py" line="71"/>
        <source>添加到所选单位</source>
        <translation>Add to selected agency</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_box.py" line="116"/>
        <source>先在上面的列表中选中一个单位</source>
        <translation>First select an agency in the list above</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_box.py" line="121"/>
        <source>正在添加对接单位…</source>
        <translation>Adding the agency…</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_box.py" line="127"/>
        <source>请先在列表中选中联络员所在的单位。</source>
        <translation>First select the liaison&apos;s agency in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_box.py" line="131"/>
        <source>正在添加联络员…</source>
        <translation>Adding the liaison…</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../ui/agreement_editor.py" line="47"/>
        <source>纠纷主要事实</source>
        <translation>Main facts of the dispute</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.py" line="48"/>
        <source>争议事项</source>
        <translation>Matters in dispute</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.py" line="49"/>
        <source>各方责任</source>
        <translation>Responsibility of each party</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.py" line="54"/>
        <source>添加条款</source>
        <translation>Add clause</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.py" line="56"/>
        <source>插入模板条款</source>
        <translation>Insert template clause</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.py" line="59"/>
        <source>删除选中条款</source>
        <translation>Delete selected clauses</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.py" line="71"/>
        <source>如：即时履行 / 银行转账 / 分期履行</source>
        <translation>e.g. on the spot / bank transfer / instalments</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.py" line="76"/>
        <source>（按最后一项条款的期限）</source>
        <translation>(the last clause&apos;s due date)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.py" line="79"/>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.py" line="80"/>
        <source>履行方式</source>
        <translation>Method of performance</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.py" line="81"/>
        <source>履行期限</source>
        <translation>Performance due</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.py" line="82"/>
        <source>协议份数</source>
        <translation>Copies</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="41"/>
        <source>起草调解协议书</source>
        <translation>Draft written agreement</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="43"/>
        <source>登记口头协议</source>
        <translation>Register oral agreement</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="45"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="48"/>
        <source>签订…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="50"/>
        <source>重新出具…</source>
        <translation>Reissue…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="51"/>
        <source>协议有误需要重新出具：生成新版本，原版本保留备查</source>
        <translation>Reissue a wrong agreement: a new version is made, the old one is kept on file</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="53"/>
        <source>登记履行…</source>
        <translation>Record performance…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="55"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="57"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="66"/>
        <source>还没有调解协议。双方达成一致后，点“起草调解协议书”填写协议条款；当场履行的简单纠纷可点“登记口头协议”。</source>
        <translation>No agreement yet. Once the parties agree, click “Draft written agreement” to write its clauses; for a simple dispute settled on the spot, click “Register oral agreement”.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="133"/>
        <source>正在读取协议…</source>
        <translation>Loading the agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="140"/>
        <source>{number}（{kind}，第 {n} 版）草稿：填写后点“保存”，双方签字后点“签订”。</source>
        <translation>{number} ({kind}, version {n}) draft: fill it in and click “Save”; once both parties have signed, click “Sign”.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="143"/>
        <source>{number}（{kind}，第 {n} 版）已于 {on} 签订，不能修改；需要改动请“重新出具”。</source>
        <translation>{number} ({kind}, version {n}) was signed on {on} and cannot be changed; to change it, “Reissue” it.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="180"/>
        <source>正在起草协议…</source>
        <translation>Drafting the agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="213"/>
        <source>正在保存协议…</source>
        <translation>Saving the agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="230"/>
        <source>正在签订协议…</source>
        <translation>Signing the agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="241"/>
        <source>正在重新出具…</source>
        <translation>Reissuing…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="244"/>
        <source>重新出具协议</source>
        <translation>Reissue agreement</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="244"/>
        <source>请写明重新出具的原因（原协议保留备查）：</source>
        <translation>Why is it reissued? (The original stays on file.)</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="256"/>
        <source>正在登记履行…</source>
        <translation>Recording performance…</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="21"/>
        <source>双方当事人应自调解协议生效之日起三十日内共同向人民法院申请司法确认。</source>
        <translation>The parties must apply together to the court within 30 days of the agreement taking effect.</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="23"/>
        <source>本协议最迟 {deadline} 申请。</source>
        <translation>Last day for this agreement: {deadline}.</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="24"/>
        <source>申请司法确认</source>
        <translation>Apply for judicial confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="24"/>
        <source>登记申请</source>
        <translation>Record application</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="28"/>
        <source>如：安宁区人民法院</source>
        <translation>e.g. Anning District People&apos;s Court</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="30"/>
        <source>仍然登记（已超过申请期限）</source>
        <translation>Record anyway (the window has passed)</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="32"/>
        <source>仅在超过期限仍需登记时填写原因</source>
        <translation>Only when recording an application after the window: why</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="35"/>
        <source>受理法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="36"/>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="38"/>
        <source>超期登记原因</source>
        <translation>Reason for a late application</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="49"/>
        <location filename="../../ui/case_tabs/attachments.py" line="64"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="54"/>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="56"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="58"/>
        <source>移除…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="64"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="64"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="64"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="65"/>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="69"/>
        <source>还没有附件。先选好类别（如当事人身份证明、证据材料、履行凭证），再点“添加文件”；附件会按卷宗顺序装订进整卷导出的 PDF。</source>
        <translation>No attachments yet. Choose a kind (identity proof, evidence, proof of performance…), then click “Add files”; attachments are bound into the case file PDF in case-file order.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="104"/>
        <source>添加附件</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="122"/>
        <source>正在复制附件…</source>
        <translation>Copying attachments…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="137"/>
        <source>正在打开附件…</source>
        <translation>Opening the attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="147"/>
        <source>正在移除附件…</source>
        <translation>Removing the attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="149"/>
        <source>从本案移除附件“{title}”？</source>
        <translation>Remove the attachment “{title}” from this case?</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="150"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="34"/>
        <source>待办提醒</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="37"/>
        <source>全调委会</source>
        <translation>Whole committee</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="44"/>
        <source> 天内</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="46"/>
        <source>到期：</source>
        <translation>Due within:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="52"/>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="52"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="52"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="52"/>
        <source>说明</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="61"/>
        <source>所选范围内没有逾期或即将到期的事项。</source>
        <translation>Nothing is overdue or due soon in this selection.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="76"/>
        <source>逾期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="77"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="77"/>
        <source>{n} 天后</source>
        <translation>in {n} days</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="84"/>
        <source>共 {total} 项，其中逾期 {overdue} 项。</source>
        <translation>{total} items, {overdue} overdue.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/attention_panel.py" line="86"/>
        <source>这里列出最早到期的 {n} 项。</source>
        <translation>The {n} earliest are listed.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../ui/ledger/backup_status.py" line="35"/>
        <source>尚无成功的备份</source>
        <translation>No good backup yet</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/backup_status.py" line="37"/>
        <source>上次成功备份：{when}</source>
        <translation>Last good backup: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/backup_status.py" line="40"/>
        <source>（最近一次失败）</source>
        <translation> (the latest attempt failed)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/backup_status.py" line="80"/>
        <source>正在自动备份…</source>
        <translation>Automatic backup…</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../ui/case_actions.py" line="22"/>
        <source>编辑案情…</source>
        <translation>Edit case…</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="24"/>
        <source>结案…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="27"/>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="59"/>
        <source>正在重新打开案件…</source>
        <translation>Reopening the case…</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="62"/>
        <source>重新打开案件</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="62"/>
        <source>请写明重新打开的原因（如结案登记有误）：</source>
        <translation>Why is it reopened (e.g. closed by mistake)?</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <location filename="../../ui/case_detail.py" line="106"/>
        <source>← 返回</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="141"/>
        <location filename="../../ui/case_detail.py" line="144"/>
        <source>正在读取案件…</source>
        <translation>Loading the case…</translation>
    </message>
</context>
<context>
    <name>CaseEditDialog</name>
    <message>
        <location filename="../../ui/case_edit_dialog.py" line="19"/>
        <source>编辑案情</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <location filename="../../ui/case_edit_dialog.py" line="31"/>
        <source>纠纷简要情况</source>
        <translation>Summary of the dispute</translation>
    </message>
    <message>
        <location filename="../../ui/case_edit_dialog.py" line="32"/>
        <source>申请事项</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/case_edit_dialog.py" line="33"/>
        <source>涉及人数</source>
        <translation>People involved</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="41"/>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="45"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="45"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="45"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="46"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="46"/>
        <source>移送单位</source>
        <translation>Referring agency</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="46"/>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="47"/>
        <source>受理日期从</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="47"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="72"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="82"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/case_detail.py" line="61"/>
        <source>风险：{level}</source>
        <translation>Risk: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="72"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="72"/>
        <source>案件来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="73"/>
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="73"/>
        <source>调解期限</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="74"/>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="74"/>
        <source>未指定</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="74"/>
        <source>涉及人数</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="77"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="79"/>
        <source>结案日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="81"/>
        <source>不予受理理由</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="93"/>
        <source>风险依据：{reasons}</source>
        <translation>Risk factors: {reasons}</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/case_list.py" line="49"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="51"/>
        <source>新建受理</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="65"/>
        <source>清除搜索，回到全部案件</source>
        <translation>Clear the search and show all cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="128"/>
        <source>正在搜索“{q}”…</source>
        <translation>Searching for “{q}”…</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="158"/>
        <source>“{col}”列不能排序。</source>
        <translation>The “{col}” column cannot be sorted.</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="169"/>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="172"/>
        <source>搜索“{q}”：找到 {n} 件</source>
        <translation>Search “{q}”: {n} found</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="174"/>
        <source>，显示最新的 {k} 件，请输入更具体的内容</source>
        <translation>, showing the newest {k}; type something more specific</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="177"/>
        <source>没有符合条件的案件。可以清除筛选，或按 Ctrl+N 登记新案件。</source>
        <translation>No cases match. Clear the filters, or press Ctrl+N to register a new case.</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="178"/>
        <source>还没有案件。按 Ctrl+N 登记第一件案件。</source>
        <translation>No cases yet. Press Ctrl+N to register the first one.</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="180"/>
        <source>已显示 {k} 件，正在统计总数…</source>
        <translation>{k} shown, counting the total…</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="182"/>
        <source>共 {n} 件，已显示 {k} 件（向下滚动显示更多）</source>
        <translation>{n} in all, {k} shown (scroll down for more)</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="184"/>
        <source>共 {n} 件</source>
        <translation>{n} in all</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../../ui/case_table_model.py" line="49"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="50"/>
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="51"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="52"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="53"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="54"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="55"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="56"/>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="57"/>
        <source>调解期限</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="58"/>
        <source>移送单位</source>
        <translation>Referring agency</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="161"/>
        <source>正在读取案件…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="205"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="223"/>
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="270"/>
        <source>此列不能排序</source>
        <translation>This column cannot be sorted</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="22"/>
        <source>书面协议</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="22"/>
        <source>口头协议</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="23"/>
        <source>已签订</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="24"/>
        <source>已重新出具</source>
        <translation>Reissued</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="25"/>
        <source>待履行</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="25"/>
        <source>已履行</source>
        <translation>Performed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="26"/>
        <source>部分履行</source>
        <translation>Partly performed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="27"/>
        <source>未履行</source>
        <translation>Not performed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="31"/>
        <source>协议</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="77"/>
        <location filename="../../ui/case_tabs/referral.py" line="92"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="77"/>
        <location filename="../../ui/case_tabs/records.py" line="42"/>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="78"/>
        <location filename="../../ui/case_tabs/records.py" line="45"/>
        <location filename="../../ui/case_tabs/sessions.py" line="22"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="79"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="79"/>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="80"/>
        <source>履行期限</source>
        <translation>Performance due</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="80"/>
        <source>履行情况</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>还没有调解协议。</source>
        <translation type="vanished">No agreement yet.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="39"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>这里将列出本案的附件：身份证明、授权委托书、证据材料、履行凭证等，并可按卷宗顺序整理。</source>
        <translation type="vanished">The case&apos;s attachments will be listed here: identity proofs, powers of attorney, evidence, receipts — arranged in case-file order.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="46"/>
        <source>回访</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>应回访日期</source>
        <translation type="vanished">Due on</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation type="vanished">Visited on</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="22"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>还没有回访。协议签订后会按期限安排回访。</source>
        <translation type="vanished">No follow-up yet. Follow-ups are planned once an agreement is signed.</translation>
    </message>
    <message>
        <source>未回访</source>
        <translation type="vanished">Not visited</translation>
    </message>
    <message>
        <source>新建</source>
        <translation type="vanished">Created</translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="vanished">Changed</translation>
    </message>
    <message>
        <source>受理</source>
        <translation type="vanished">Accept</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation type="vanished">Decline</translation>
    </message>
    <message>
        <source>结案</source>
        <translation type="vanished">Closed</translation>
    </message>
    <message>
        <source>签字确认</source>
        <translation type="vanished">Signed</translation>
    </message>
    <message>
        <source>包案方案</source>
        <translation type="vanished">Key-case plan</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="116"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="117"/>
        <location filename="../../ui/case_tabs/records.py" line="43"/>
        <location filename="../../ui/case_tabs/sessions.py" line="21"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="117"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="118"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="118"/>
        <source>内容（修改前 → 修改后）</source>
        <translation>Change (before → after)</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="119"/>
        <source>没有变更记录。案件的每一次修改都会记在这里：谁、何时、改了什么。</source>
        <translation>No changes yet. Every change to the case is listed here: who, when and what.</translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="vanished">Item</translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="vanished">Details</translation>
    </message>
    <message>
        <source>没有变更记录。</source>
        <translation type="vanished">No changes recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="14"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="15"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="15"/>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="16"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="16"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="17"/>
        <source>出生日期</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="17"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="18"/>
        <source>身份证号/信用代码</source>
        <translation>ID / credit code</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="18"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="19"/>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="19"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="20"/>
        <source>本案还没有登记当事人。</source>
        <translation>No parties registered for this case.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="16"/>
        <source>调解记录</source>
        <translation>Session record</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="17"/>
        <source>调查记录</source>
        <translation>Investigation record</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="23"/>
        <location filename="../../ui/case_tabs/records.py" line="18"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="18"/>
        <source>已签字</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="19"/>
        <source>已更正</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="23"/>
        <source>记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="78"/>
        <location filename="../../ui/case_tabs/records.py" line="44"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="46"/>
        <source>事由</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>还没有调解记录或调查记录。</source>
        <translation type="vanished">No session or investigation records yet.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="19"/>
        <source>移送与反馈</source>
        <translation>Referral &amp; feedback</translation>
    </message>
    <message>
        <source>本案不是移送案件（来源为当事人申请或调委会主动调解）。</source>
        <translation type="vanished">This case was not referred (it came from a party&apos;s application or the committee&apos;s own initiative).</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="26"/>
        <source>本案不是移送案件（来源为当事人申请或调委会主动调解），不需要向其他单位反馈。</source>
        <translation>This case was not referred (a party applied, or the committee acted on its own); no feedback is owed.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="89"/>
        <source>尚未反馈</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="91"/>
        <source>移送单位</source>
        <translation>Referring agency</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="93"/>
        <source>联络员</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="94"/>
        <source>移送日期</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="95"/>
        <source>移送要求</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="96"/>
        <source>反馈期限</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="97"/>
        <source>反馈情况</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="98"/>
        <source>反馈内容</source>
        <translation>Feedback text</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="18"/>
        <source>已安排</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>已进行</source>
        <translation type="vanished">Held</translation>
    </message>
    <message>
        <source>已改期</source>
        <translation type="vanished">Postponed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="20"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="28"/>
        <source>调解</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="vanished">Starts</translation>
    </message>
    <message>
        <source>结束</source>
        <translation type="vanished">Ends</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="21"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>还没有安排调解。安排后会在这里列出每一次调解的时间和地点。</source>
        <translation type="vanished">No session scheduled yet. Each session will be listed here with its time and place.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="37"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="18"/>
        <source>已举行</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="19"/>
        <source>已延期</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="23"/>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="36"/>
        <source>安排调解</source>
        <translation>Schedule session</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="40"/>
        <source>改期…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="44"/>
        <source>说明：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="46"/>
        <source>延期或取消的原因（取消时必填）</source>
        <translation>Why postponed or cancelled (required to cancel)</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="49"/>
        <source>延期</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="50"/>
        <source>取消调解</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="51"/>
        <source>标记已举行</source>
        <translation>Mark held</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="62"/>
        <source>还没有安排调解。点“安排调解”选择时间、调解室和参加人员；有移送单位联络员参加即为联合调解。</source>
        <translation>No sessions yet. Use “Schedule session” to choose a time, room and participants; with a liaison of the referring agency it is a joint session.</translation>
    </message>
</context>
<context>
    <name>ClauseTable</name>
    <message>
        <location filename="../../ui/clause_table.py" line="63"/>
        <source>条款内容</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../ui/clause_table.py" line="63"/>
        <source>义务人</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <location filename="../../ui/clause_table.py" line="63"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/clause_table.py" line="64"/>
        <source>大写</source>
        <translation>In words</translation>
    </message>
    <message>
        <location filename="../../ui/clause_table.py" line="64"/>
        <source>履行期限</source>
        <translation>Performance due</translation>
    </message>
    <message>
        <location filename="../../ui/clause_table.py" line="99"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/clause_table.py" line="105"/>
        <source>如 12000 或 1.2万</source>
        <translation>e.g. 12000 or 1.2万</translation>
    </message>
    <message>
        <location filename="../../ui/clause_table.py" line="113"/>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/clause_table.py" line="232"/>
        <source>金额格式不对</source>
        <translation>Not an amount</translation>
    </message>
    <message>
        <location filename="../../ui/clause_table.py" line="242"/>
        <source>合计金额：{amount} 元（{capitals}）</source>
        <translation>Total: {amount} yuan ({capitals})</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../ui/close_case_dialog.py" line="20"/>
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../ui/close_case_dialog.py" line="21"/>
        <source>达成协议的，须先签订调解协议书（或登记口头协议）；调解不成或当事人撤回的，请写明结案说明。</source>
        <translation>With an agreement, sign it (or register the oral agreement) first; without one, or when withdrawn, write a closing note.</translation>
    </message>
    <message>
        <location filename="../../ui/close_case_dialog.py" line="33"/>
        <source>如：双方分歧较大，经多次调解未能达成一致，告知当事人可向人民法院起诉。</source>
        <translation>e.g. The parties remained far apart after several sessions; they were told they may sue.</translation>
    </message>
    <message>
        <location filename="../../ui/close_case_dialog.py" line="34"/>
        <source>结案方式</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/close_case_dialog.py" line="35"/>
        <source>结案日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../ui/close_case_dialog.py" line="36"/>
        <source>结案说明</source>
        <translation>Closing note</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard.py" line="102"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="112"/>
        <source>高风险未结</source>
        <translation>High-risk open</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="128"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="128"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="128"/>
        <source>情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="129"/>
        <source>今日调解</source>
        <translation>Today&apos;s sessions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="129"/>
        <source>今天没有安排调解。</source>
        <translation>No sessions today.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="130"/>
        <source>本周调解</source>
        <translation>This week&apos;s sessions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="130"/>
        <source>本周没有安排调解。</source>
        <translation>No sessions this week.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="131"/>
        <source>已超过调解期限</source>
        <translation>Past the time limit</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="131"/>
        <source>没有超期的案件。</source>
        <translation>No overdue cases.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="132"/>
        <location filename="../../ui/dashboard.py" line="134"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="133"/>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="133"/>
        <source>近期没有到期的案件。</source>
        <translation>Nothing due soon.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="135"/>
        <source>待反馈的移送案件</source>
        <translation>Referrals awaiting feedback</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="135"/>
        <source>没有等待反馈的移送案件。</source>
        <translation>No referral is waiting for feedback.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="136"/>
        <source>反馈期限</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="136"/>
        <source>移送单位</source>
        <translation>Referring agency</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="137"/>
        <source>高风险未结案件</source>
        <translation>High-risk open cases</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="137"/>
        <source>没有高风险的未结案件。</source>
        <translation>No high-risk open cases.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="138"/>
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="160"/>
        <source>正在读取工作台…</source>
        <translation>Loading the dashboard…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="171"/>
        <source>今天是 {day}</source>
        <translation>Today is {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="185"/>
        <source>（已超期）</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="64"/>
        <source>导出与导入</source>
        <translation>Export and import</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="66"/>
        <source>JSON 导出包含全部数据，可用于迁移或存档；Excel 台账导入先试运行，全部行无误后一次性导入，任何一行有问题都不会导入。</source>
        <translation>The JSON export holds all data, for moving or archiving. An Excel ledger import is dry-run first and imported at once when every row is clean; nothing is imported while any row has a problem.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="69"/>
        <source>导出全部数据（JSON）…</source>
        <translation>Export all data (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="71"/>
        <source>导入 Excel 台账…</source>
        <translation>Import Excel ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="80"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="86"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="89"/>
        <source>校验备份文件…</source>
        <translation>Verify a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="91"/>
        <source>从备份恢复…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="97"/>
        <source>恢复时会写入新的数据库文件，不会覆盖正在使用的数据；如目标已有数据，需要确认，并先自动保存一份安全副本。</source>
        <translation>A restore writes a new database file and never touches the one in use; a target that holds data is overwritten only after you confirm, and a safety copy is made first.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="102"/>
        <source>自动备份</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="106"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="110"/>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="111"/>
        <source>启动时备份</source>
        <translation>On start</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="112"/>
        <source>退出时备份</source>
        <translation>On exit</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="113"/>
        <source>每天备份一次</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="121"/>
        <source>何时备份</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="125"/>
        <source> 份</source>
        <translation> archives</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="127"/>
        <source>保留最近</source>
        <translation>Keep the latest</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="128"/>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="137"/>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="156"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="159"/>
        <source>导出全部数据</source>
        <translation>Export all data</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="159"/>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="161"/>
        <source>正在导出全部数据…</source>
        <translation>Exporting all data…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="163"/>
        <source>已导出 {n} 个表到：{path}</source>
        <translation>Exported {n} tables to: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="173"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="180"/>
        <source>备份完成并已校验：{path}</source>
        <translation>Backup made and verified: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="187"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="187"/>
        <location filename="../../ui/ledger/data_tab.py" line="201"/>
        <source>备份文件 (*.zip)</source>
        <translation>Backup files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="189"/>
        <source>正在校验备份…</source>
        <translation>Verifying the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="195"/>
        <source>备份文件完好：{path}</source>
        <translation>The backup is sound: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="197"/>
        <source>备份文件有问题：
{problems}</source>
        <translation>The backup has problems:
{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="201"/>
        <source>选择要恢复的备份文件</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="204"/>
        <source>恢复到新的数据库文件</source>
        <translation>Restore into a new database file</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="205"/>
        <source>数据库文件 (*.sqlite3)</source>
        <translation>Database files (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="212"/>
        <source>“{target}”中已经有数据。确定要用备份覆盖它吗？覆盖前会先在旁边保存一份安全副本。</source>
        <translation>“{target}” already holds data. Overwrite it with the backup? A safety copy is saved next to it first.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="214"/>
        <source>覆盖</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="218"/>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/data_tab.py" line="220"/>
        <source>已恢复到：{url}
共 {cases} 件案件。要使用它，请用“--db”参数打开该数据库。</source>
        <translation>Restored to: {url}
{cases} cases. To use it, open that database with “--db”.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="50"/>
        <source>登记法院决定</source>
        <translation>Record court decision</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="54"/>
        <source>如：（2026）甘0402民特123号</source>
        <translation>e.g. (2026)甘0402民特123号</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="60"/>
        <source>法院案号</source>
        <translation>Court case number</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="61"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/judicial_dialogs.py" line="62"/>
        <source>裁定日期</source>
        <translation>Decided on</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="46"/>
        <source>操作没有完成：程序遇到了意外问题。您的数据没有受到影响，请重试；如果问题重复出现，请把日志文件 {path} 发给技术支持人员。</source>
        <translation>The operation did not complete: the program ran into an unexpected problem. Your data is unharmed; please try again. If it happens again, send the log file {path} to your support contact.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="53"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="54"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57"/>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="89"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="91"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="92"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../ui/document_actions.py" line="34"/>
        <source>正在生成“{title}”…</source>
        <translation>Rendering “{title}”…</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="56"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="71"/>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="76"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="78"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="97"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="46"/>
        <source>选中一种文书后预览、打印或另存为；“整卷导出”把全部文书按卷宗顺序装订成一个 PDF。灰色的文书要等本案有了相应内容（如协议、记录）才能生成。</source>
        <translation>Choose a document to preview, print or save; “Export case file” binds all papers into one PDF in case-file order. Greyed documents need content the case does not have yet (an agreement, a record…).</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="57"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="59"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="61"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="63"/>
        <source>另存为 DOCX…</source>
        <translation>Save as DOCX…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="65"/>
        <source>整卷导出…</source>
        <translation>Export case file…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="96"/>
        <source>{title}（本案尚无相应内容）</source>
        <translation>{title} (nothing for it yet)</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="121"/>
        <source>请先在列表中选中一种文书。</source>
        <translation>Choose a document in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="146"/>
        <location filename="../../ui/case_tabs/documents.py" line="161"/>
        <location filename="../../ui/case_tabs/documents.py" line="170"/>
        <source>整卷导出</source>
        <translation>Export case file</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="151"/>
        <source>{number} 卷宗.pdf</source>
        <translation>{number} case file.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="160"/>
        <location filename="../../ui/case_tabs/documents.py" line="182"/>
        <source>正在生成卷宗…</source>
        <translation>Building the case file…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="160"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/documents.py" line="170"/>
        <source>卷宗已保存到 {path}</source>
        <translation>Case file saved to {path}</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="43"/>
        <source>延长期限</source>
        <translation>Extend time limit</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="43"/>
        <source>延长</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="44"/>
        <source>延长调解期限须经双方当事人同意；延长反馈期限须写明原因并告知移送单位。</source>
        <translation>Extending the mediation limit needs both parties&apos; consent; extending the feedback limit needs a reason and notice to the referring agency.</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="49"/>
        <source>调解期限</source>
        <translation>Mediation time limit</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="51"/>
        <source>反馈期限</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="57"/>
        <source>双方当事人同意延长</source>
        <translation>Both parties consent</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="58"/>
        <source>期限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="59"/>
        <source>延长至</source>
        <translation>New limit</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="60"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="20"/>
        <source>登记已反馈</source>
        <translation>Record feedback sent</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="20"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="21"/>
        <source>把调解结果反馈函寄送或交给移送单位后，在这里登记反馈日期和内容。</source>
        <translation>After sending or handing the feedback letter to the referring agency, record the date and content here.</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="30"/>
        <source>反馈日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialogs.py" line="31"/>
        <source>反馈内容</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="19"/>
        <source>首次设置 — 调解室工作台</source>
        <translation>First-time setup — Mediation Desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="23"/>
        <source>欢迎使用调解室工作台</source>
        <translation>Welcome to Mediation Desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="24"/>
        <source>请填写本调委会的基本信息。以后可以在“设置”中修改。</source>
        <translation>Enter your committee&apos;s particulars. You can change them later in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="28"/>
        <source>例如：安宁镇人民调解委员会</source>
        <translation>e.g. 安宁镇人民调解委员会</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="30"/>
        <source>例如：安（案号为（2026）安调字第001号）</source>
        <translation>e.g. 安 (case numbers like （2026）安调字第001号)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="34"/>
        <source>不填则与调委会名称相同</source>
        <translation>Leave empty to use the committee&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="36"/>
        <source>调解员姓名，可稍后添加更多</source>
        <translation>A mediator&apos;s name; add more later</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="39"/>
        <source>调委会名称</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="40"/>
        <source>字号</source>
        <translation>Short name (字号)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="41"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="42"/>
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="43"/>
        <source>第一位调解员</source>
        <translation>First mediator</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="55"/>
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="58"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="54"/>
        <source>安排回访…</source>
        <translation>Plan follow-up…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="56"/>
        <source>登记回访…</source>
        <translation>Record visit…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="62"/>
        <source>回访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="62"/>
        <source>实际回访</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="62"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="62"/>
        <source>履行情况</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="63"/>
        <source>满意程度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="63"/>
        <source>回访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="63"/>
        <source>回访情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="65"/>
        <source>还没有回访。协议签订后点“安排回访”定下回访日期；回访后点“登记回访”记下履行情况。</source>
        <translation>No follow-ups yet. After signing, click “Plan follow-up” to set a date; after the visit, click “Record visit”.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="68"/>
        <source>司法确认</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="70"/>
        <source>申请司法确认…</source>
        <translation>Apply for judicial confirmation…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="72"/>
        <source>登记法院决定…</source>
        <translation>Record court decision…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="80"/>
        <source>协议</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="80"/>
        <source>受理法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="80"/>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="81"/>
        <source>申请期限</source>
        <translation>Window ends</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="81"/>
        <source>法院案号</source>
        <translation>Court case number</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="81"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="82"/>
        <source>裁定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="84"/>
        <source>没有司法确认申请。协议签订后，当事人可在三十日内共同申请司法确认。</source>
        <translation>No application. After signing, the parties may apply together within 30 days.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="94"/>
        <source>未回访</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="113"/>
        <source>协议签订后才能申请。</source>
        <translation>Possible once the agreement is signed.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="116"/>
        <source>申请期限至 {deadline}（还剩 {days} 天）</source>
        <translation>Apply by {deadline} ({days} days left)</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="118"/>
        <source>申请期限 {deadline} 已过</source>
        <translation>The window ended on {deadline}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/form_dialog.py" line="66"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="67"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HolidayNoticeDialog</name>
    <message>
        <location filename="../../ui/schedule/holiday_dialog.py" line="32"/>
        <source>录入 {year} 年放假通知</source>
        <translation>Enter the {year} holiday notice</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/holiday_dialog.py" line="35"/>
        <source>请按国务院办公厅的放假通知录入。每行一段放假：名称 开始日期 结束日期；调休上班日每行一天：日期 说明。</source>
        <translation>Enter the State Council&apos;s notice. One holiday per line: name first-date last-date; one make-up workday per line: date note.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/holiday_dialog.py" line="42"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/holiday_dialog.py" line="45"/>
        <source>放假安排</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/holiday_dialog.py" line="48"/>
        <source>调休上班</source>
        <translation>Make-up workdays</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/holiday_dialog.py" line="53"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/holiday_dialog.py" line="54"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/holiday_dialog.py" line="83"/>
        <source>有日期不存在，请检查。</source>
        <translation>A date does not exist; please check.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/holiday_dialog.py" line="86"/>
        <source>这些行看不懂：{lines}</source>
        <translation>These lines cannot be read: {lines}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="49"/>
        <source>导入 Excel 台账</source>
        <translation>Import an Excel ledger</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="53"/>
        <source>① 台账文件：</source>
        <translation>① Ledger file:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="56"/>
        <source>请选择 .xlsx 台账文件</source>
        <translation>Choose an .xlsx ledger</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="57"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="67"/>
        <source>② 列对应</source>
        <translation>② Column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="72"/>
        <source>套用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="75"/>
        <source>名称，如“2023年台账”</source>
        <translation>Name, e.g. “2023 ledger”</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="76"/>
        <source>保存对应</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="82"/>
        <source>台账项目</source>
        <translation>Ledger field</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="82"/>
        <source>文件中的列</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="91"/>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="100"/>
        <source>③ 试运行结果</source>
        <translation>③ Dry run</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="101"/>
        <source>选择文件并核对列对应后，点“试运行”逐行检查；试运行不会写入任何数据。</source>
        <translation>Choose the file, check the mapping, then “Dry run” checks every row; a dry run writes nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="104"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="104"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="104"/>
        <source>将导入为</source>
        <translation>Will become</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="105"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="114"/>
        <source>只显示有问题的行</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="123"/>
        <source>试运行</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="125"/>
        <source>④ 导入</source>
        <translation>④ Import</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="128"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="137"/>
        <source>选择台账文件</source>
        <translation>Choose the ledger file</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="138"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="174"/>
        <source>未命名</source>
        <translation>Unnamed</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="189"/>
        <source>正在试运行…</source>
        <translation>Dry run…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="198"/>
        <source>（新编号）</source>
        <translation>(new number)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="199"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="211"/>
        <source>共 {n} 行，其中 {bad} 行需要更正（红字）。请在 Excel 中改好后重新试运行；有问题时不会导入任何一行。</source>
        <translation>{n} rows, {bad} need correcting (in red). Correct them in Excel and run again; nothing is imported while a row has a problem.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="214"/>
        <source>共 {n} 行全部无误：将新建 {cases} 件案件、{parties} 位当事人、{agreements} 份协议。可以导入。</source>
        <translation>All {n} rows are clean: {cases} cases, {parties} parties and {agreements} agreements will be created. Ready to import.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="226"/>
        <source>正在导入台账…</source>
        <translation>Importing the ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="234"/>
        <source>已导入 {n} 件案件（{first} 至 {last}）。</source>
        <translation>Imported {n} cases ({first} to {last}).</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/import_wizard.py" line="236"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake_form.py" line="72"/>
        <source>新建受理</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="74"/>
        <source>Tab 或回车到下一项，Ctrl+S 保存</source>
        <translation>Tab or Enter moves on, Ctrl+S saves</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="109"/>
        <source>纠纷情况</source>
        <translation>The dispute</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="122"/>
        <location filename="../../ui/intake_form.py" line="297"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="125"/>
        <source>双方关系、纠纷起因和经过、目前状况</source>
        <translation>How the parties are related, how the dispute arose, where it stands</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="129"/>
        <source>申请人的请求，每行一项</source>
        <translation>The applicant&apos;s requests, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="134"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="134"/>
        <source>案件来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="135"/>
        <location filename="../../ui/intake_form.py" line="189"/>
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="136"/>
        <source>移送单位</source>
        <translation>Referring agency</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="138"/>
        <source>纠纷简要情况</source>
        <translation>Summary of the dispute</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="138"/>
        <source>申请事项</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="139"/>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="159"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="161"/>
        <source>＋ 申请人</source>
        <translation>+ Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="164"/>
        <source>＋ 被申请人</source>
        <translation>+ Respondent</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="184"/>
        <source>当事人既往案件</source>
        <translation>Parties&apos; earlier cases</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="185"/>
        <source>输入当事人的身份证号（或姓名和电话）后，这里会列出其以前的案件。</source>
        <translation>Once a party&apos;s ID number (or name and phone) is entered, their earlier cases appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="189"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="189"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="198"/>
        <source>受理决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="199"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="201"/>
        <source>不予受理</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="214"/>
        <source>不予受理的理由（将写入告知书）</source>
        <translation>Reason for declining (goes into the notice)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="230"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="234"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="248"/>
        <source>请选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="256"/>
        <source>稍后指定</source>
        <translation>Assign later</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="326"/>
        <source>正在查找当事人的既往案件…</source>
        <translation>Looking up the parties&apos; earlier cases…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="339"/>
        <source>{name}（{role}）：以前有 {n} 件</source>
        <translation>{name} ({role}): {n} earlier</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="341"/>
        <source>，{k} 件未结</source>
        <translation>, {k} open</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="355"/>
        <source>以下当事人以前来过，请核对是否为同一纠纷、有无未结案件。</source>
        <translation>These parties have been here before. Check whether it is the same dispute and whether a case is still open.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="357"/>
        <source>没有找到这些当事人以前的案件。</source>
        <translation>No earlier cases of these parties.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="390"/>
        <source>有 {n} 处需要更正，已在相应位置用红字标出；没有保存任何内容。</source>
        <translation>{n} entries need correcting; they are marked in red. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="409"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="417"/>
        <source>当事人以前有案件（见右侧列表）。请核对后再按一次“保存”。</source>
        <translation>The parties have earlier cases (listed on the right). Check them, then press Save again.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="426"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="442"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="443"/>
        <source>{verdict}：案号 {number}。风险等级：{risk}</source>
        <translation>{verdict}: case {number}. Risk: {risk}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="446"/>
        <source>（{reasons}）</source>
        <translation> ({reasons})</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../ui/ledger/page.py" line="18"/>
        <source>台账与统计</source>
        <translation>Ledger &amp; statistics</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="25"/>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="26"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="27"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="43"/>
        <source>人民调解案件台账</source>
        <translation>Mediation case ledger</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="44"/>
        <source>按条件选出案件后导出台账；不选条件即导出全部案件。导出的文件可直接报送或打印。</source>
        <translation>Choose cases with the filters and export the ledger; with no filter every case is exported. The file can be submitted or printed as is.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="54"/>
        <source>格式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="56"/>
        <source>Excel 工作簿（.xlsx）</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="57"/>
        <source>CSV 文本（.csv）</source>
        <translation>CSV text (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="60"/>
        <source>显示完整的身份证号和电话</source>
        <translation>Full ID numbers and phones</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="63"/>
        <source>不勾选时，证件号码和电话只显示前后几位。</source>
        <translation>Unticked, ID numbers and phones show only their first and last digits.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="64"/>
        <source>您的账号没有查看完整个人信息的权限，导出的台账中证件号码和电话会部分隐藏。</source>
        <translation>Your account may not see full personal data; ID numbers and phones are partly hidden in the export.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="66"/>
        <source>导出台账…</source>
        <translation>Export ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="82"/>
        <source>符合条件的案件：{n} 件</source>
        <translation>Matching cases: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="83"/>
        <source>没有符合条件的案件，请放宽筛选条件。</source>
        <translation>No case matches; loosen the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="89"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="89"/>
        <source>CSV 文本 (*.csv)</source>
        <translation>CSV text (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="90"/>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="94"/>
        <source>正在导出台账…</source>
        <translation>Exporting the ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="101"/>
        <source>已导出 {n} 件案件到：{path}</source>
        <translation>Exported {n} cases to: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/ledger_tab.py" line="102"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>正在打开数据库 {db}…</source>
        <translation>Opening the database {db}…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>搜索案号、姓名、电话/身份证尾号、警情号…（Ctrl+F）</source>
        <translation>Search case number, name, phone/ID digits, police reference… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>调解室工作台 — {db}</source>
        <translation>Mediation Desk — {db}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>调解室工作台 — {name} — {db}</source>
        <translation>Mediation Desk — {name} — {db}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>正在统计案件…</source>
        <translation>Counting cases…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>共 {n} 件案件</source>
        <translation>{n} cases</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages.py" line="63"/>
        <source>日程</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>这里将按周显示各调解室的调解安排，可以新建、改期和取消调解。</source>
        <translation type="vanished">The week&apos;s sessions in each mediation room will appear here; you will schedule, move and cancel sessions here.</translation>
    </message>
    <message>
        <source>调解员、联络员或调解室时间冲突时会在安排前提示。</source>
        <translation type="vanished">Clashes of mediators, liaisons or rooms will be pointed out before a session is booked.</translation>
    </message>
    <message>
        <source>今天和本周的调解目前可在“工作台”查看。</source>
        <translation type="vanished">Today&apos;s and this week&apos;s sessions are on the Dashboard meanwhile.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="64"/>
        <source>台账与统计</source>
        <translation>Ledger &amp; statistics</translation>
    </message>
    <message>
        <source>这里将显示人民调解案件台账，可按年度、月份筛选并导出 Excel。</source>
        <translation type="vanished">The register of cases will appear here, by year or month, with an Excel export.</translation>
    </message>
    <message>
        <source>司法局要求的统计报表（受理、调解成功、协议金额、防止民转刑等）也将在此生成。</source>
        <translation type="vanished">The judicial bureau&apos;s statistics (accepted, settled, amounts, escalations prevented …) will be produced here too.</translation>
    </message>
    <message>
        <source>在此之前，可在“案件”页按条件筛选查看全部案件。</source>
        <translation type="vanished">Meanwhile, filter all cases on the Cases page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="61"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="62"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="65"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="27"/>
        <source>修改当事人信息…</source>
        <translation>Edit party…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="28"/>
        <source>选中一位当事人后修改其身份信息、联系方式和代理人</source>
        <translation>Choose a party to correct their particulars, contact details and agent</translation>
    </message>
</context>
<context>
    <name>PartyEditDialog</name>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="22"/>
        <source>修改当事人：{name}</source>
        <translation>Edit party: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="27"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="27"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="29"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="30"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="32"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="32"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="33"/>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="34"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="34"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="35"/>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="36"/>
        <source>代理人电话</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/party_edit_dialog.py" line="41"/>
        <source>{masked}（不改请留空）</source>
        <translation>{masked} (leave empty to keep)</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <location filename="../../ui/party_editor.py" line="49"/>
        <source>自然人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="50"/>
        <source>单位/组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="51"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="52"/>
        <source>18 位身份证号码</source>
        <translation>18-character ID number</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="54"/>
        <source>18 位统一社会信用代码</source>
        <translation>18-character credit code</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="55"/>
        <location filename="../../ui/party_editor.py" line="78"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="57"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="58"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="59"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="62"/>
        <source>手机或座机</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="63"/>
        <source>如：汉族</source>
        <translation>e.g. Han</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="65"/>
        <source>单位或住址</source>
        <translation>Workplace or home address</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="66"/>
        <source>没有可不填</source>
        <translation>Leave empty if none</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="68"/>
        <source>删除此当事人</source>
        <translation>Remove this party</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="73"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="73"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="74"/>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="75"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="76"/>
        <source>信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="77"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="77"/>
        <source>出生日期/年龄</source>
        <translation>Born / age</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="79"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="79"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="80"/>
        <source>职业或职务</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="81"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="82"/>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="83"/>
        <source>代理人电话</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="120"/>
        <source>当事人 {n}</source>
        <translation>Party {n}</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="168"/>
        <source>{born}（{age} 岁）</source>
        <translation>{born} (age {age})</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="15"/>
        <source>预览：{title}</source>
        <translation>Preview: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="19"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="19"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="20"/>
        <source>另存为 DOCX…</source>
        <translation>Save as DOCX…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="25"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PerformanceDialog</name>
    <message>
        <location filename="../../ui/performance_dialog.py" line="17"/>
        <source>登记履行情况</source>
        <translation>Record performance</translation>
    </message>
    <message>
        <location filename="../../ui/performance_dialog.py" line="26"/>
        <source>已履行</source>
        <translation>Performed</translation>
    </message>
    <message>
        <location filename="../../ui/performance_dialog.py" line="40"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/performance_dialog.py" line="41"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanFollowUpDialog</name>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="30"/>
        <source>安排回访</source>
        <translation>Plan follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="30"/>
        <source>安排</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="31"/>
        <source>回访日期默认为协议签订后按本委员会设置的天数；也可另选日期。</source>
        <translation>The date defaults to the committee&apos;s number of days after signing; you may choose another.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="38"/>
        <source>默认：了解调解协议履行情况</source>
        <translation>Default: check how the agreement is performed</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="39"/>
        <source>回访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="40"/>
        <source>回访方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="41"/>
        <source>回访事由</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="30"/>
        <source>文书无法读取，没有打印。</source>
        <translation>The document could not be read; nothing was printed.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="35"/>
        <source>打印机无法开始打印，请检查打印机后重试。</source>
        <translation>The printer could not start; check it and try again.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/progress.py" line="41"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="42"/>
        <source>正在处理</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="53"/>
        <source>正在取消，请稍候…</source>
        <translation>Cancelling, please wait…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/reason_dialog.py" line="25"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/reason_dialog.py" line="26"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/record_editor.py" line="90"/>
        <location filename="../../ui/record_editor.py" line="329"/>
        <source>签字确认</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="91"/>
        <source>当事人和调解员签字后确认；确认后记录不能再修改，只能更正</source>
        <translation>Confirm once the parties and mediator have signed; afterwards the record can only be corrected</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="93"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="94"/>
        <source>已签字的记录有误时，生成一个新版本进行更正，原版本保留</source>
        <translation>Correct a signed record: a new version is made, the original is kept</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="106"/>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="108"/>
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="110"/>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="122"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="123"/>
        <source>事由</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="123"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="123"/>
        <source>参加人员</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="124"/>
        <source>告知事项</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="124"/>
        <source>当事人陈述 / 调查内容</source>
        <translation>Statements / findings</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="125"/>
        <source>查明的事实</source>
        <translation>Facts established</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="125"/>
        <source>风险提示</source>
        <translation>Risk warning</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="126"/>
        <source>调解结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="126"/>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="166"/>
        <source>{kind}（第 {n} 版）</source>
        <translation>{kind} (version {n})</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="197"/>
        <source>已于 {at} 签字确认，不能再修改；如有错误请点“更正”。</source>
        <translation>Signed at {at}; it can no longer be changed. To fix an error, click “Correct”.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="200"/>
        <source>此版本已被更正，仅供查阅。</source>
        <translation>This version was corrected; read only.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="202"/>
        <source>草稿：输入会自动保存。</source>
        <translation>Draft: what you type is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="214"/>
        <source>发现本记录在 {at} 未保存到数据库的草稿（程序可能意外关闭）。要恢复吗？</source>
        <translation>A draft of this record from {at} was never saved to the database (the program may have closed unexpectedly). Restore it?</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="245"/>
        <source>正在读取记录…</source>
        <translation>Loading the record…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="264"/>
        <source>有未保存的修改…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="277"/>
        <source>已暂存到本机 {at}</source>
        <translation>Kept on this computer at {at}</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="297"/>
        <source>已保存 {at}</source>
        <translation>Saved at {at}</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="305"/>
        <source>这份记录已在别处被修改，您的修改没有保存到数据库（本机草稿仍保留）。请点“重新载入”查看最新内容后再修改。</source>
        <translation>This record was changed elsewhere; your changes were not saved to the database (the local draft is kept). Click “Reload” to see the latest text, then edit again.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="311"/>
        <source>正在保存记录…</source>
        <translation>Saving the record…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="328"/>
        <source>确认当事人、调解员和记录人都已在记录上签字？确认后记录不能再修改。</source>
        <translation>Have the parties, the mediator and the recorder all signed? After confirming, the record cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="337"/>
        <source>正在签字确认…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="351"/>
        <source>正在生成更正版本…</source>
        <translation>Making a corrected version…</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="30"/>
        <source>新建调解记录</source>
        <translation>New session record</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="32"/>
        <source>新建调查记录</source>
        <translation>New investigation record</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="48"/>
        <source>还没有调解记录或调查记录。点“新建调解记录”记下一次调解的经过，或点“新建调查记录”记下调查核实的情况。</source>
        <translation>No records yet. Click “New session record” to write down a session, or “New investigation record” for an investigation.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="98"/>
        <source>正在新建记录…</source>
        <translation>Creating the record…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="120"/>
        <source>正在读取记录…</source>
        <translation>Loading the record…</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="34"/>
        <location filename="../../ui/case_tabs/referral.py" line="87"/>
        <source>登记已反馈…</source>
        <translation>Record feedback sent…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="36"/>
        <source>延长期限…</source>
        <translation>Extend limit…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="38"/>
        <source>预览反馈函</source>
        <translation>Preview feedback letter</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="40"/>
        <source>打印反馈函…</source>
        <translation>Print feedback letter…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="42"/>
        <source>保存反馈函…</source>
        <translation>Save feedback letter…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="73"/>
        <source>已于 {on} 反馈。</source>
        <translation>Feedback sent on {on}.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="76"/>
        <source>反馈已逾期 {days} 天（期限 {due}）。请尽快把调解结果反馈函送交移送单位，然后点“登记已反馈”。</source>
        <translation>Feedback is {days} days late (due {due}). Send the feedback letter to the referring agency, then click “Record feedback sent”.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="81"/>
        <source>应于 {due} 前反馈（还剩 {days} 天）。调解结束后生成反馈函，送交后点“登记已反馈”。</source>
        <translation>Feedback due by {due} ({days} days left). After mediation, send the feedback letter and click “Record feedback sent”.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="86"/>
        <source>移送单位没有规定反馈期限。</source>
        <translation>The referring agency set no feedback limit.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="87"/>
        <source>修改反馈登记…</source>
        <translation>Edit feedback record…</translation>
    </message>
</context>
<context>
    <name>RoomsBox</name>
    <message>
        <location filename="../../ui/rooms_box.py" line="17"/>
        <source>调解室</source>
        <translation>Mediation rooms</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_box.py" line="27"/>
        <source>调解室名称，如 第一调解室</source>
        <translation>Room name, e.g. Room 1</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_box.py" line="28"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_box.py" line="45"/>
        <source>还没有登记调解室。登记后，安排调解时可以选择调解室，并检查是否重复占用。</source>
        <translation>No rooms registered yet. Once registered, sessions can be booked into a room and double bookings are caught.</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_box.py" line="57"/>
        <source>正在添加调解室…</source>
        <translation>Adding the room…</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../ui/schedule/page.py" line="73"/>
        <source>日程</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="76"/>
        <source>◀ 上一周</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="77"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="78"/>
        <source>下一周 ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="85"/>
        <source>查看：</source>
        <translation>View:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="87"/>
        <source>按调解室</source>
        <translation>By room</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="90"/>
        <source>调解员：{name}</source>
        <translation>Mediator: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="93"/>
        <source>联络员：{name}（{agency}）</source>
        <translation>Liaison: {name} ({agency})</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="99"/>
        <source>安排调解</source>
        <translation>Schedule session</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="104"/>
        <source>导出与打印</source>
        <translation>Export and print</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="106"/>
        <source>导出本周日历（.ics）</source>
        <translation>Export the week (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="107"/>
        <source>打印本周…</source>
        <translation>Print the week…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="108"/>
        <source>本周存为 PDF…</source>
        <translation>Save the week as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="122"/>
        <source>录入放假通知</source>
        <translation>Enter holiday notice</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="143"/>
        <location filename="../../ui/schedule/page.py" line="217"/>
        <source>本周没有安排调解。点“安排调解”新建；拖动色块可改期，双击色块打开案件。</source>
        <translation>No sessions this week. “Schedule session” adds one; drag a block to reschedule, double-click it to open its case.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="152"/>
        <source>导出此次调解（.ics）</source>
        <translation>Export this session (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="153"/>
        <source>保存调解通知书…</source>
        <translation>Save session notices…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="154"/>
        <source>打印调解通知书…</source>
        <translation>Print session notices…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="201"/>
        <source>正在读取日程…</source>
        <translation>Loading the schedule…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="207"/>
        <source>{y}年{m1}月{d1}日 – {m2}月{d2}日</source>
        <translation>{m1}/{d1} – {m2}/{d2}/{y}</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="215"/>
        <source>拖动色块可改期，双击色块打开案件；红框表示时间冲突（鼠标停留可查看原因）。</source>
        <translation>Drag a block to reschedule, double-click to open its case; a red outline is a conflict (hover for why).</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="222"/>
        <source>{years} 年的法定节假日安排尚未录入，本周只按周末标出休息日，节假日和调休可能不准确。</source>
        <translation>The official holidays of {years} have not been entered; only weekends are shaded, holidays and make-up days may be wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="274"/>
        <source>改到这个时间有冲突：
{lines}

仍然改期吗？</source>
        <translation>This time has conflicts:
{lines}

Reschedule anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="277"/>
        <source>仍然改期</source>
        <translation>Reschedule anyway</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="284"/>
        <source>正在改期…</source>
        <translation>Rescheduling…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="290"/>
        <source>调解安排</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="295"/>
        <source>导出本周日历</source>
        <translation>Export the week</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="296"/>
        <location filename="../../ui/schedule/page.py" line="313"/>
        <source>日历文件 (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="313"/>
        <source>导出此次调解</source>
        <translation>Export this session</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="322"/>
        <source>选择保存调解通知书的文件夹</source>
        <translation>Choose a folder for the session notices</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="325"/>
        <location filename="../../ui/schedule/page.py" line="331"/>
        <source>正在生成调解通知书…</source>
        <translation>Making the session notices…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="341"/>
        <source>已为 {n} 位当事人各生成一份调解通知书。</source>
        <translation>A session notice was made for each of the {n} parties.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="344"/>
        <source>已保存到：{path}</source>
        <translation>Saved to: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="345"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="354"/>
        <source>本周存为 PDF</source>
        <translation>Save the week as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="355"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/schedule/people_lists.py" line="63"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/people_lists.py" line="64"/>
        <source>身份（如亲属、律师）</source>
        <translation>Capacity (relative, lawyer …)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/people_lists.py" line="71"/>
        <source>添加人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/people_lists.py" line="72"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="69"/>
        <source>修改调解安排</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="69"/>
        <source>安排调解</source>
        <translation>Schedule session</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="86"/>
        <source>输入案件编号、当事人姓名或电话查找</source>
        <translation>Case number, party name or phone</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="87"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="100"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="121"/>
        <source>从</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="123"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="126"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="131"/>
        <source>不在调解室时填写地点，如当事人家中</source>
        <translation>Place when not in a room, e.g. a party&apos;s home</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="134"/>
        <source>调解室</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="138"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="140"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="144"/>
        <source>联络员</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="146"/>
        <source>邀请参与人员</source>
        <translation>Invitees</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="148"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="153"/>
        <source>保存安排</source>
        <translation>Save session</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="154"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="161"/>
        <source>冲突与提醒</source>
        <translation>Conflicts and warnings</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="164"/>
        <source>选好时间、调解室和人员后，这里会列出冲突和提醒。</source>
        <translation>Conflicts and warnings appear here once time, room and people are chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="166"/>
        <source>空闲时间</source>
        <translation>Free times</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="167"/>
        <source>按所选调解员、当事人、联络员和时长查找；点击一项即采用。</source>
        <translation>For the chosen mediators, parties, liaisons and length; click one to use it.</translation>
    </message>
    <message>
        <source>按所选调解员、联络员和时长查找；点击一项即采用。</source>
        <translation type="vanished">For the chosen mediators, liaisons and length; click one to use it.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="168"/>
        <source>查找空闲时间</source>
        <translation>Find free times</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="174"/>
        <source>尚未查找。</source>
        <translation>Not searched yet.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="194"/>
        <source>其他地点（在右侧填写）</source>
        <translation>Other place (enter it on the right)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="246"/>
        <source>没有找到符合的案件，请换个关键词。</source>
        <translation>No case found; try other words.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="297"/>
        <source>所选时间没有冲突。</source>
        <translation>No conflicts at this time.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="322"/>
        <source>30 天内没有所有人都空闲的时间，请减少人员或换调解室。</source>
        <translation>No time within 30 days suits everyone; book fewer people or another room.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="347"/>
        <source>请先查找并选择案件。</source>
        <translation>Find and choose the case first.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="360"/>
        <source>正在保存调解安排…</source>
        <translation>Saving the session…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="370"/>
        <source>这个时间有冲突：
{lines}

仍然按此时间安排吗？</source>
        <translation>This time has conflicts:
{lines}

Schedule it anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/session_dialog.py" line="374"/>
        <source>仍然安排</source>
        <translation>Schedule anyway</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="38"/>
        <source>调解期限（天）</source>
        <translation>Mediation time limit (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="39"/>
        <source>法院委派调解期限（天）</source>
        <translation>Court-delegated mediation (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="40"/>
        <source>移送案件反馈期限（天）</source>
        <translation>Feedback on referrals (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="41"/>
        <source>协议签订后回访（天）</source>
        <translation>Follow-up after agreement (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="42"/>
        <source>司法确认申请期限（天）</source>
        <translation>Judicial confirmation window (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="43"/>
        <source>重复纠纷统计范围（天）</source>
        <translation>Repeat-dispute window (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="44"/>
        <source>协议书份数</source>
        <translation>Agreement copies</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="64"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92"/>
        <source>调委会</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="96"/>
        <location filename="../../ui/settings_page.py" line="168"/>
        <source>调委会名称</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="96"/>
        <location filename="../../ui/settings_page.py" line="168"/>
        <source>字号</source>
        <translation>Short name (字号)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="97"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="97"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <source>文书抬头</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>字号用于案号，例如“安”对应（2026）安调字第001号。修改后只影响新案件。</source>
        <translation>The short name goes into case numbers, e.g. 安 gives （2026）安调字第001号. A change affects new cases only.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="115"/>
        <source>期限与份数</source>
        <translation>Time limits and copies</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="128"/>
        <source>恢复默认期限…</source>
        <translation>Restore default limits…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="133"/>
        <source>保存调委会设置</source>
        <translation>Save committee settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="164"/>
        <source>正在保存设置…</source>
        <translation>Saving settings…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="170"/>
        <source>{label}为必填项。</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="175"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <source>把所有期限和份数恢复为默认值并保存？当前的设置将被覆盖。</source>
        <translation>Restore every time limit and copy count to its default and save? The current values will be replaced.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="191"/>
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="201"/>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="210"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="213"/>
        <source>调解员证号（可不填）</source>
        <translation>Roster number (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="214"/>
        <location filename="../../ui/settings_page.py" line="229"/>
        <source>专职</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="215"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="229"/>
        <source>兼职</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="230"/>
        <source>已停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="232"/>
        <source>还没有调解员。</source>
        <translation>No mediators yet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="246"/>
        <source>正在添加调解员…</source>
        <translation>Adding the mediator…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="254"/>
        <location filename="../../ui/settings_page.py" line="273"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="263"/>
        <source>更改语言后，重新启动程序生效。</source>
        <translation>A new language takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="272"/>
        <source>界面语言已改为 {name}，重新启动程序后生效。</source>
        <translation>The language is now {name}; restart the program to see it.</translation>
    </message>
</context>
<context>
    <name>SignAgreementDialog</name>
    <message>
        <location filename="../../ui/sign_agreement_dialog.py" line="17"/>
        <source>签订调解协议</source>
        <translation>Sign agreement</translation>
    </message>
    <message>
        <location filename="../../ui/sign_agreement_dialog.py" line="20"/>
        <source>请逐一确认以下当事人已在协议上签名、盖章或按指印，调解员已签名，并已加盖调解委员会印章。</source>
        <translation>Confirm each party below has signed, sealed or fingerprinted the agreement, the mediator has signed and the committee&apos;s seal is on it.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_agreement_dialog.py" line="30"/>
        <source>调解员已签名，已加盖调解委员会印章</source>
        <translation>The mediator has signed; the committee&apos;s seal is on it</translation>
    </message>
    <message>
        <location filename="../../ui/sign_agreement_dialog.py" line="37"/>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/sign_agreement_dialog.py" line="41"/>
        <source>确认签订</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/sign_agreement_dialog.py" line="42"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup.py" line="76"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="87"/>
        <source>统计期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="89"/>
        <source>月度</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="89"/>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="89"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="93"/>
        <source> 年</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="100"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="105"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="106"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="130"/>
        <source>{m} 月</source>
        <translation>Month {m}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="133"/>
        <source>第{q}季度</source>
        <translation>Quarter {q}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="153"/>
        <source>正在统计…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="167"/>
        <source>本期没有受理案件，统计表各项均为 0。可换一个统计期间。</source>
        <translation>No cases were accepted in this period; every figure is 0. Try another period.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="178"/>
        <source>本期没有数据。</source>
        <translation>No data for this period.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="189"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="189"/>
        <source>调解成功</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="198"/>
        <source>按纠纷类型</source>
        <translation>By dispute type</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="200"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="223"/>
        <source>按案件来源</source>
        <translation>By source</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="236"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="236"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="237"/>
        <source>导出统计表</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="240"/>
        <source>正在生成统计表…</source>
        <translation>Making the statistics…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="246"/>
        <source>已保存到：{path}</source>
        <translation>Saved to: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/stats_tab.py" line="247"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="94"/>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="52"/>
        <source>登记回访</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="59"/>
        <source>（未问）</source>
        <translation>(not asked)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="61"/>
        <source>当事人已就本纠纷起诉</source>
        <translation>A party has since sued</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="63"/>
        <source>没有可不填</source>
        <translation>Leave empty if none</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="68"/>
        <source>回访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="68"/>
        <source>回访方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="69"/>
        <source>履行情况</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="70"/>
        <source>满意程度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="70"/>
        <source>回访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="71"/>
        <source>新的风险隐患</source>
        <translation>New risks</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialogs.py" line="72"/>
        <source>回访情况</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="43"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="43"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="44"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="44"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="45"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="45"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="46"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="84"/>
        <source>其他地点</source>
        <translation>Other place</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="161"/>
        <source>正在读取日程…</source>
        <translation>Loading the schedule…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="175"/>
        <source>{m}月{d}日 {w}</source>
        <translation>{w} {m}/{d}</translation>
    </message>
    <message>
        <source>{m}月{d}日 周{w}</source>
        <translation type="vanished">{m}/{d} ({w})</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="256"/>
        <source>状态：</source>
        <translation>Status: </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="258"/>
        <source>冲突：</source>
        <translation>Conflict: </translation>
    </message>
</context>
</TS>
