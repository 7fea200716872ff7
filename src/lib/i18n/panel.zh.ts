/** The data panel's and column-mapping step's messages in Simplified Chinese (every key of `panel.ts`). */
import type { MapField } from '$lib/import/mapping';
import type { MapIssueOf, MapMessages } from './panel';

/** 列映射对话框中字段的名称。 */
const FIELD_NAMES: Record<MapField, string> = {
	title: '标题',
	start: '日期（开始）',
	end: '结束日期',
	category: '类别（每类一条泳道）',
	summary: '描述',
	place: '地点',
	country: '国家',
	lat: '纬度',
	lon: '经度',
	sourceUrl: '来源网址',
	sourceTitle: '来源名称',
	quote: '引文',
	id: '编号'
};
const fieldName = (field: string) => FIELD_NAMES[field as MapField] ?? field;

export const panelZh: MapMessages = {
	loading: '正在载入 {name}…',
	problemNote: '说明',
	openFile: '打开文件…',
	orUrl: '或网址（https）',
	recordsShown: '{name}：{n} 条记录中显示 {shown} 条',
	recordsRejected: '，{n} 条被拒',
	problemsMore: '再显示 {n} 个',
	problemsDownload: '下载全部问题（CSV）',
	backToCurated: '返回精选数据集',
	dataHelp:
		'打开我们的 JSON 格式、我们的 CSV（列见 README）、TimelineJS 的 JSON 文件或表格 CSV，或任何 CSV 或 Excel（.xlsx）表格：然后由你指明每一列存放什么。数据只留在本浏览器标签页中。',
	formatMapped: '你的列',
	mapWaiting: '{name}：请选择每一列存放什么',
	mapTitle: '哪一列存放什么？',
	mapIntro:
		'{name} 的列名是它自己的。请为每个字段选择存放它的列；已按列名预先猜好。在你点击导入之前，页面不会有任何变化。',
	mapFieldName: ({ field }) => FIELD_NAMES[field],
	mapColRow: '行',
	mapNone: '（不使用）',
	mapRequired: '必填',
	mapRequiredOr: '必填（或{other}）',
	mapHintTitle: '为空时由描述生成',
	mapHintStart: '2024-03-15、15 March 2024、March 2024、2024 或 EDTF',
	mapHintId: '转为短横线格式；为空时由标题生成',
	mapHintCountry: '国家名称或两字母代码',
	mapMissing: ({ fields }) => `请为以下字段选择列：${fields}。`,
	mapPreview: '前 {n} 行导入后的预览',
	mapColDate: '日期',
	mapColTitle: '标题',
	mapColCategory: '类别',
	mapColPlace: '地点',
	mapColProblems: '问题',
	mapRowOk: '正常',
	mapImport: '导入',
	mapCancel: '取消',
	mapAddressIssues: '地址中的列映射（map=）无法使用：',
	mapSyntax: ({ part }: MapIssueOf<'mapSyntax'>) =>
		`“${part}”不是“字段:列”的写法（例如 start:event_date）`,
	mapFieldUnknown: ({ field }: MapIssueOf<'mapField'>) =>
		`“${field}”不是字段；字段有 ${Object.keys(FIELD_NAMES).join('、')}`,
	mapTwice: ({ field }: MapIssueOf<'mapTwice'>) => `${fieldName(field)}给出了两次`,
	mapColumnMissing: ({ field, column }: MapIssueOf<'mapColumn'>) =>
		`${fieldName(field)}：文件中没有“${column}”这一列`,
	mapRequiredMissing: ({ field, either }: MapIssueOf<'mapRequired'>) =>
		`${fieldName(field)}${either ? `或${fieldName(either)}` : ''}需要一列`
};
